/**
 * The standalone console's sign-in page: "Sign in with Microsoft" and "Sign in with Slack" for
 * the providers the server configured (each a link to the server, which runs the OpenID Connect
 * flow and comes back with a session cookie), and, folded away, the API key form for automation.
 * Without any provider, the API key form with the way to the setup link.
 */
import { Body1, Button, Card, makeStyles, Title2, tokens } from '@fluentui/react-components';
import { SignInForm } from '../components/sign-in-form.js';
import { type SigninProvider, signinUrl } from '../host/console-session.js';
import { useI18n } from '../i18n/i18n.js';

const useStyles = makeStyles({
  card: {
    maxWidth: '480px',
    margin: `${tokens.spacingVerticalXXXL} auto`,
    padding: tokens.spacingHorizontalXXL,
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    '@media (max-width: 520px)': { margin: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}` },
  },
  title: { margin: 0 },
  providers: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  automation: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
  summary: { cursor: 'pointer', marginBottom: tokens.spacingVerticalM },
});

export function SignInPage({
  providers,
  checking,
  error,
  onSignIn,
}: {
  providers: SigninProvider[];
  checking: boolean;
  error?: Error;
  onSignIn: (apiKey: string) => void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  if (providers.length === 0) return <SignInForm checking={checking} error={error} onSignIn={onSignIn} />;
  return (
    <Card className={styles.card}>
      <Title2 as="h1" className={styles.title}>
        {t('signin.page.title')}
      </Title2>
      <Body1>{t('signin.page.intro')}</Body1>
      <div className={styles.providers}>
        {providers.map((provider) => (
          <Button
            key={provider}
            as="a"
            href={signinUrl(provider)}
            appearance={provider === providers[0] ? 'primary' : 'secondary'}
            size="large"
            data-testid={`signin-${provider}`}
          >
            {t(provider === 'entra' ? 'signin.provider.entra' : 'signin.provider.slack')}
          </Button>
        ))}
      </div>
      <details className={styles.automation} open={Boolean(error) || checking}>
        <summary className={styles.summary}>{t('signin.automation')}</summary>
        <SignInForm checking={checking} error={error} onSignIn={onSignIn} embedded />
      </details>
    </Card>
  );
}
