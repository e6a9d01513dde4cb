// Relais on Azure: Container Apps (2+ replicas of the image built from infra/Dockerfile),
// Azure Database for PostgreSQL flexible server, Azure Cache for Redis, and the Azure Bot
// registration (single-tenant) with its Teams channel. Secrets come in as @secure() parameters
// and live only as Container Apps secrets.
//   az deployment group create -g <group> -f infra/azure/main.bicep -p infra/azure/main.parameters.json
// The bot's Entra app registration (botAppId + a client secret) is created beforehand: Bicep
// cannot create Entra applications without the Graph extension.
// Needs Bicep 0.27 or later (lambdas, single-line arrays); `az bicep upgrade` installs it.

targetScope = 'resourceGroup'

@description('Prefix of every resource name: lowercase letters and digits.')
@minLength(3)
@maxLength(12)
param name string = 'relais'

param location string = resourceGroup().location

@description('Container image, e.g. myregistry.azurecr.io/relais:1.0.0')
param image string

@description('Registry login server for a private image (empty for a public image).')
param registryServer string = ''
param registryUsername string = ''
@secure()
param registryPassword string = ''

@minValue(1)
param minReplicas int = 2
@minValue(1)
param maxReplicas int = 5

@description('Public https URL when a custom domain fronts the app; empty = the Container App address.')
param customPublicUrl string = ''

@allowed([
  'fr'
  'en'
])
param defaultLocale string = 'fr'

param postgresAdminLogin string = 'relais'
@secure()
@minLength(12)
param postgresAdminPassword string
param postgresSkuName string = 'Standard_B1ms'
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@description('Basic has no SLA and no replication; use Standard or Premium in production.')
@allowed([
  'Basic'
  'Standard'
  'Premium'
])
param redisSkuName string = 'Standard'
param redisCapacity int = 1

@description('Application (client) id of the single-tenant Entra app the bot signs in with.')
param botAppId string
@secure()
param botAppPassword string
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Entra app id for Teams tab single sign-on (empty: tab SSO off).')
param tabSsoClientId string = ''

@secure()
param slackSigningSecret string = ''
@secure()
param slackBotToken string = ''
param slackClientId string = ''
@secure()
param slackClientSecret string = ''
@secure()
param slackStateSecret string = ''

@description('Comma-separated API keys for automation on /api/v1 (empty: none).')
@secure()
param relaisApiKeys string = ''

var tenantId = tenant().tenantId
var appName = '${name}-app'
var suffix = uniqueString(resourceGroup().id, name)

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appEnvironment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${name}-env'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

// The app's address is known before the app exists (<app>.<environment domain>), which lets
// PUBLIC_URL and the bot endpoint be set in the same deployment without a cycle.
var publicUrl = empty(customPublicUrl) ? 'https://${appName}.${appEnvironment.properties.defaultDomain}' : customPublicUrl

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: '${name}-pg-${suffix}'
  location: location
  sku: {
    name: postgresSkuName
    tier: postgresSkuTier
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: 32
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: 'relais'
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0 – 0.0.0.0 is Azure's "allow Azure services" rule (Container Apps outbound addresses
// are not fixed without a VNet). Connections are TLS and password-protected.
resource postgresAllowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource redis 'Microsoft.Cache/redis@2024-03-01' = {
  name: '${name}-redis-${suffix}'
  location: location
  properties: {
    sku: {
      name: redisSkuName
      family: redisSkuName == 'Premium' ? 'P' : 'C'
      capacity: redisCapacity
    }
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
    redisConfiguration: {
      // BullMQ requires noeviction: an evicted job key is a lost job.
      'maxmemory-policy': 'noeviction'
    }
  }
}

var databaseUrl = 'postgres://${postgresAdminLogin}:${uriComponent(postgresAdminPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${database.name}?sslmode=require'
var redisUrl = 'rediss://:${uriComponent(redis.listKeys().primaryKey)}@${redis.properties.hostName}:6380'

// Optional settings become secrets and variables only when given (Container Apps rejects empty
// secret values).
// Each optional secret: Container Apps secret name, value, and the variable it feeds ('' = none).
var optionalSecrets = [
  ['slack-signing-secret', slackSigningSecret, 'SLACK_SIGNING_SECRET']
  ['slack-bot-token', slackBotToken, 'SLACK_BOT_TOKEN']
  ['slack-client-secret', slackClientSecret, 'SLACK_CLIENT_SECRET']
  ['slack-state-secret', slackStateSecret, 'SLACK_STATE_SECRET']
  ['relais-api-keys', relaisApiKeys, 'RELAIS_API_KEYS']
  ['registry-password', registryPassword, '']
]
var givenSecrets = filter(optionalSecrets, s => !empty(s[1]))

var secrets = concat(
  [
    {
      name: 'database-url'
      value: databaseUrl
    }
    {
      name: 'redis-url'
      value: redisUrl
    }
    {
      name: 'bot-app-password'
      value: botAppPassword
    }
  ],
  map(givenSecrets, s => {
    name: s[0]
    value: s[1]
  })
)

// Variable name and value, set only when the value is not empty.
var optionalPlainEnv = [
  ['SLACK_CLIENT_ID', slackClientId]
  ['TAB_SSO_CLIENT_ID', tabSsoClientId]
  // v2 access tokens (the app registration's accessTokenAcceptedVersion = 2) carry this issuer and
  // the client id as audience; v1 tokens carry https://sts.windows.net/<tenant>/ and the App ID
  // URI (set TAB_SSO_ISSUER and TAB_SSO_APP_ID_URI accordingly). The same keys sign both.
  ['TAB_SSO_ISSUER', empty(tabSsoClientId) ? '' : 'https://login.microsoftonline.com/${tenantId}/v2.0']
  ['TAB_SSO_JWKS_URL', empty(tabSsoClientId) ? '' : 'https://login.microsoftonline.com/common/discovery/v2.0/keys']
  // only people of the deployment's own tenant sign in to the tabs
  ['TAB_SSO_ALLOWED_TENANTS', empty(tabSsoClientId) ? '' : tenantId]
]

var plainEnv = {
  PORT: '3978'
  PUBLIC_URL: publicUrl
  DATA_DIR: '/data'
  DEFAULT_LOCALE: defaultLocale
  MICROSOFT_APP_ID: botAppId
  MICROSOFT_APP_TENANT_ID: tenantId
  MICROSOFT_APP_TYPE: 'SingleTenant'
}
var secretEnv = {
  DATABASE_URL: 'database-url'
  REDIS_URL: 'redis-url'
  MICROSOFT_APP_PASSWORD: 'bot-app-password'
}

var env = concat(
  map(items(plainEnv), e => {
    name: e.key
    value: e.value
  }),
  map(filter(optionalPlainEnv, e => !empty(e[1])), e => {
    name: e[0]
    value: e[1]
  }),
  map(items(secretEnv), e => {
    name: e.key
    secretRef: e.value
  }),
  map(filter(givenSecrets, s => !empty(s[2])), s => {
    name: s[2]
    secretRef: s[0]
  })
)

var registries = empty(registryServer) ? [] : [
  {
    server: registryServer
    username: registryUsername
    passwordSecretRef: 'registry-password'
  }
]

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: appName
  location: location
  properties: {
    managedEnvironmentId: appEnvironment.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: 3978
        transport: 'auto'
        allowInsecure: false
      }
      secrets: secrets
      registries: registries
    }
    template: {
      containers: [
        {
          name: 'relais'
          image: image
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
          env: env
          probes: [
            {
              type: 'Liveness'
              httpGet: {
                path: '/healthz'
                port: 3978
              }
              periodSeconds: 30
            }
            {
              type: 'Readiness'
              httpGet: {
                path: '/readyz'
                port: 3978
              }
              periodSeconds: 10
            }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'http'
            http: {
              metadata: {
                concurrentRequests: '50'
              }
            }
          }
        ]
      }
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'Relais'
    endpoint: '${publicUrl}/api/messages'
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('Public address of Relais: PUBLIC_URL for the Teams package and the Slack manifest.')
output publicUrl string = publicUrl
output botEndpoint string = bot.properties.endpoint
output slackRequestUrl string = '${publicUrl}/slack/events'
output containerAppFqdn string = app.properties.configuration.ingress.fqdn
