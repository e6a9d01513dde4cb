/** The sign-in page's and the administration pages' strings in English and French (same keys), spread into tabs/src/i18n/en.ts and fr.ts. */
export const signinTabEn = {
  'signin.page.title': 'Sign in to Relais',
  'signin.page.intro': 'Sign in with your organisation account.',
  'signin.provider.entra': 'Sign in with Microsoft',
  'signin.provider.slack': 'Sign in with Slack',
  'signin.none_configured':
    'No sign-in is configured on this server yet. To try Relais on this machine, open the setup link printed by npm start; an administrator then configures Microsoft or Slack sign-in.',
  'signin.automation': 'Automation access (API key)',

  'admin.nav.welcome': 'Set up',
  'admin.nav.roles': 'Roles',
  'admin.card.title': 'Administration',
  'admin.card.description': 'Set up sign-in, Teams and Slack; give people their roles.',
  'admin.only': 'This page is for administrators.',

  'welcome.title': 'Welcome, administrator',
  'welcome.intro':
    'You signed in with the one-time setup link as the first administrator. Three steps make Relais ready for everyone. Each setting is an environment variable (README, Settings); restart Relais after changing them.',
  'welcome.signin.title': '1. Sign-in for everyone',
  'welcome.signin.body':
    'Register an application in Microsoft Entra ID (redirect URL {entraRedirect}) and set SIGNIN_ENTRA_ISSUER (https://login.microsoftonline.com/<tenant id>/v2.0), SIGNIN_ENTRA_CLIENT_ID and SIGNIN_ENTRA_CLIENT_SECRET. For Sign in with Slack, add the redirect URL {slackRedirect} to your Slack app and set SIGNIN_SLACK_CLIENT_ID and SIGNIN_SLACK_CLIENT_SECRET. People are recognised by their directory account (tenant and object id, or workspace and user id), never by an email address: sync the directory first (DIRECTORY_SOURCES).',
  'welcome.teams.title': '2. Microsoft Teams',
  'welcome.teams.body':
    'Create the bot (MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD, MICROSOFT_APP_TENANT_ID), then build the app package with npx tsx main.ts manifest teams and upload it in the Teams admin centre.',
  'welcome.slack.title': '3. Slack',
  'welcome.slack.body':
    'Write the Slack app manifest (npx tsx main.ts manifest slack --public-url …), create the app from it, then set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN (or the OAuth install variables).',
  'welcome.roles.title': 'Then, give the roles',
  'welcome.roles.body':
    'Once your colleagues can sign in, give your own account the administrator role on the Roles page, and communicators, ambassadors and group managers theirs. This setup account can then be left aside.',
  'welcome.roles.link': 'Open the Roles page',
  'welcome.link.title': 'Link your own account',
  'welcome.link.body':
    'This setup account has no Microsoft or Slack account yet. Sign in once with yours: if the directory already knows you, your account becomes administrator and this setup account is retired; otherwise your account is attached to it. From then on you sign in with it, and npm start stops printing setup links.',
  'welcome.link.none':
    'Once sign-in is configured (step 1) and Relais restarted, come back here to link your own account. Until an administrator has an account, each start prints a new setup link, which brings you back to this setup account.',
  'welcome.link.entra': 'Link my Microsoft account',
  'welcome.link.slack': 'Link my Slack account',
  'welcome.link.failed': 'The link could not start. Reload the page and try again.',

  'roles.title': 'Roles',
  'roles.intro': 'Find a person, then grant or revoke their roles. Every change is written to the event log.',
  'roles.search': 'Search people',
  'roles.search.placeholder': 'Name or email',
  'roles.results': 'People found',
  'roles.none_found': 'Nobody matches this search.',
  'roles.choose': 'Manage roles',
  'roles.current': 'Current roles of {name}',
  'roles.no_roles': 'No role: a reader of what is sent to them.',
  'roles.revoke': 'Revoke {role}',
  'roles.grant.title': 'Grant a role',
  'roles.grant.role': 'Role',
  'roles.grant.scope_kind': 'For',
  'roles.grant.scope.organisation': 'The whole organisation',
  'roles.grant.scope.department': 'A department',
  'roles.grant.scope.site': 'A site',
  'roles.grant.scope.group': 'A group',
  'roles.grant.scope_value': 'Name of the department, site or group',
  'roles.scope.department': 'department {name}',
  'roles.scope.site': 'site {name}',
  'roles.scope.group': 'group {name}',
  'roles.grant.scope_missing': 'Give the name of the department, site or group.',
  'roles.grant.submit': 'Grant',
  'roles.saved': 'Roles of {name} saved.',
} as const;

export const signinTabFr: Record<keyof typeof signinTabEn, string> = {
  'signin.page.title': 'Connexion à Relais',
  'signin.page.intro': 'Connectez-vous avec le compte de votre organisation.',
  'signin.provider.entra': 'Se connecter avec Microsoft',
  'signin.provider.slack': 'Se connecter avec Slack',
  'signin.none_configured':
    'Aucune connexion n’est encore configurée sur ce serveur. Pour essayer Relais sur cette machine, ouvrez le lien de configuration affiché par npm start ; un administrateur configure ensuite la connexion Microsoft ou Slack.',
  'signin.automation': 'Accès d’automatisation (clé d’API)',

  'admin.nav.welcome': 'Mise en route',
  'admin.nav.roles': 'Rôles',
  'admin.card.title': 'Administration',
  'admin.card.description': 'Configurer la connexion, Teams et Slack ; attribuer les rôles.',
  'admin.only': 'Cette page est réservée aux administrateurs.',

  'welcome.title': 'Bienvenue, administrateur',
  'welcome.intro':
    'Vous vous êtes connecté avec le lien de configuration à usage unique, en tant que premier administrateur. Trois étapes rendent Relais prêt pour tous. Chaque paramètre est une variable d’environnement (README, Paramètres) ; redémarrez Relais après les avoir modifiés.',
  'welcome.signin.title': '1. La connexion pour tous',
  'welcome.signin.body':
    'Inscrivez une application dans Microsoft Entra ID (URL de redirection {entraRedirect}) et renseignez SIGNIN_ENTRA_ISSUER (https://login.microsoftonline.com/<id du locataire>/v2.0), SIGNIN_ENTRA_CLIENT_ID et SIGNIN_ENTRA_CLIENT_SECRET. Pour la connexion avec Slack, ajoutez l’URL de redirection {slackRedirect} à votre application Slack et renseignez SIGNIN_SLACK_CLIENT_ID et SIGNIN_SLACK_CLIENT_SECRET. Chacun est reconnu par son compte d’annuaire (locataire et identifiant d’objet, ou espace de travail et identifiant d’utilisateur), jamais par une adresse e-mail : synchronisez d’abord l’annuaire (DIRECTORY_SOURCES).',
  'welcome.teams.title': '2. Microsoft Teams',
  'welcome.teams.body':
    'Créez le bot (MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD, MICROSOFT_APP_TENANT_ID), puis construisez le paquet de l’application avec npx tsx main.ts manifest teams et chargez-le dans le centre d’administration Teams.',
  'welcome.slack.title': '3. Slack',
  'welcome.slack.body':
    'Générez le manifeste de l’application Slack (npx tsx main.ts manifest slack --public-url …), créez l’application à partir de celui-ci, puis renseignez SLACK_SIGNING_SECRET et SLACK_BOT_TOKEN (ou les variables de l’installation OAuth).',
  'welcome.roles.title': 'Ensuite, attribuez les rôles',
  'welcome.roles.body':
    'Dès que vos collègues peuvent se connecter, donnez le rôle d’administrateur à votre propre compte sur la page Rôles, et leurs rôles aux communicants, ambassadeurs et responsables de groupe. Ce compte de configuration peut ensuite rester de côté.',
  'welcome.roles.link': 'Ouvrir la page Rôles',
  'welcome.link.title': 'Reliez votre propre compte',
  'welcome.link.body':
    'Ce compte de configuration n’a pas encore de compte Microsoft ou Slack. Connectez-vous une fois avec le vôtre : si l’annuaire vous connaît déjà, votre compte devient administrateur et ce compte de configuration est retiré ; sinon votre compte lui est rattaché. Vous vous connectez ensuite avec lui, et npm start n’affiche plus de lien de configuration.',
  'welcome.link.none':
    'Une fois la connexion configurée (étape 1) et Relais redémarré, revenez ici pour relier votre propre compte. Tant qu’aucun administrateur n’a de compte, chaque démarrage affiche un nouveau lien de configuration, qui vous ramène à ce compte de configuration.',
  'welcome.link.entra': 'Relier mon compte Microsoft',
  'welcome.link.slack': 'Relier mon compte Slack',
  'welcome.link.failed': 'La liaison n’a pas pu démarrer. Rechargez la page et réessayez.',

  'roles.title': 'Rôles',
  'roles.intro':
    'Trouvez une personne, puis attribuez ou retirez ses rôles. Chaque modification est inscrite au journal des événements.',
  'roles.search': 'Rechercher des personnes',
  'roles.search.placeholder': 'Nom ou adresse e-mail',
  'roles.results': 'Personnes trouvées',
  'roles.none_found': 'Personne ne correspond à cette recherche.',
  'roles.choose': 'Gérer les rôles',
  'roles.current': 'Rôles actuels de {name}',
  'roles.no_roles': 'Aucun rôle : lit ce qui lui est envoyé.',
  'roles.revoke': 'Retirer {role}',
  'roles.grant.title': 'Attribuer un rôle',
  'roles.grant.role': 'Rôle',
  'roles.grant.scope_kind': 'Pour',
  'roles.grant.scope.organisation': 'Toute l’organisation',
  'roles.grant.scope.department': 'Un service',
  'roles.grant.scope.site': 'Un site',
  'roles.grant.scope.group': 'Un groupe',
  'roles.grant.scope_value': 'Nom du service, du site ou du groupe',
  'roles.scope.department': 'service {name}',
  'roles.scope.site': 'site {name}',
  'roles.scope.group': 'groupe {name}',
  'roles.grant.scope_missing': 'Indiquez le nom du service, du site ou du groupe.',
  'roles.grant.submit': 'Attribuer',
  'roles.saved': 'Rôles de {name} enregistrés.',
};
