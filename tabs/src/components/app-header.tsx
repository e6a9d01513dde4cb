/**
 * The banner: Relais, where it runs (Teams or the standalone console) and who is signed in,
 * with their role badges. The standalone console also offers to forget the API key.
 */
import { Avatar, Badge, Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Me, Role } from '../api/api-client.js';
import type { Locale } from '../i18n/i18n.js';
import { type MessageKey, type Translate, useI18n } from '../i18n/i18n.js';
import type { Mode } from '../use-shell.js';
import { LanguageSwitch } from './language-switch.js';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, marginRight: 'auto' },
  name: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase500 },
  person: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  who: { display: 'flex', flexDirection: 'column' },
  roles: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
});

export function AppHeader({
  mode,
  me,
  onSignOut,
  onLocaleChange,
}: {
  mode?: Mode;
  me?: Me;
  onSignOut?: () => void;
  onLocaleChange?: (locale: Locale) => void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.brand}>
        <Text className={styles.name}>{t('app.name')}</Text>
        {mode && (
          <Badge appearance="tint" color={mode === 'teams' ? 'brand' : 'informative'} data-testid="mode">
            {t(mode === 'teams' ? 'mode.teams' : 'mode.standalone')}
          </Badge>
        )}
      </div>
      {onLocaleChange && <LanguageSwitch onChange={onLocaleChange} />}
      {me && <SignedIn me={me} />}
      {onSignOut && <Button onClick={onSignOut}>{t('header.sign_out')}</Button>}
    </header>
  );
}

function SignedIn({ me }: { me: Me }) {
  const { t } = useI18n();
  const styles = useStyles();
  const person = me.person;
  if (!person) {
    return (
      <Caption1 className={styles.person} data-testid="signed-in">
        {t('header.api_key_session')}
      </Caption1>
    );
  }
  return (
    <div className={styles.person} data-testid="signed-in">
      <Avatar name={person.displayName} color="colorful" aria-hidden />
      <div className={styles.who}>
        <Caption1>{t('header.signed_in_as')}</Caption1>
        <Text weight="semibold" data-testid="person-name">
          {person.displayName}
        </Text>
      </div>
      {(person.roles.length > 0 || person.kind === 'guest') && (
        <ul className={styles.roles} aria-label={t('header.roles')}>
          {person.kind === 'guest' && (
            <li>
              <Badge appearance="outline" color="warning">
                {t('header.guest')}
              </Badge>
            </li>
          )}
          {person.roles.map((role) => (
            <li key={`${role.role}:${role.scope ?? ''}`}>
              <Badge appearance="tint" color="brand">
                {roleLabel(role, t)}
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const knownRoles: Record<string, MessageKey> = {
  admin: 'role.admin',
  communicator: 'role.communicator',
  ambassador: 'role.ambassador',
  group_manager: 'role.group_manager',
};

function roleLabel(role: Role, t: Translate): string {
  const key = knownRoles[role.role];
  const label = key ? t(key) : role.role;
  return role.scope ? `${label} · ${role.scope}` : label;
}
