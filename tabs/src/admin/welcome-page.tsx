/**
 * The first administrator's first page (the setup link lands here): how to configure sign-in for
 * everyone, Teams and Slack, with this server's own redirect URLs, then where to give roles.
 */
import { Body1, Card, Link, Subtitle2, Title2 } from '@fluentui/react-components';
import { useI18n } from '../i18n/i18n.js';
import { useAdminStyles } from './admin-styles.js';
import { LinkAccountCard } from './link-account-card.js';

export function WelcomePage({ go }: { go(hash: string): void }) {
  const { t } = useI18n();
  const styles = useAdminStyles();
  const origin = window.location.origin;
  const steps = [
    {
      id: 'signin',
      title: t('welcome.signin.title'),
      body: t('welcome.signin.body', {
        entraRedirect: `${origin}/auth/entra/callback`,
        slackRedirect: `${origin}/auth/slack/callback`,
      }),
    },
    { id: 'teams', title: t('welcome.teams.title'), body: t('welcome.teams.body') },
    { id: 'slack', title: t('welcome.slack.title'), body: t('welcome.slack.body') },
    { id: 'roles', title: t('welcome.roles.title'), body: t('welcome.roles.body') },
  ];
  return (
    <div className={styles.page} data-testid="welcome-page">
      <Title2 as="h1" className={styles.title}>
        {t('welcome.title')}
      </Title2>
      <Body1>{t('welcome.intro')}</Body1>
      <LinkAccountCard />
      {steps.map((step) => (
        <Card key={step.id} className={styles.section} aria-labelledby={`welcome-${step.id}`}>
          <Subtitle2 as="h2" id={`welcome-${step.id}`}>
            {step.title}
          </Subtitle2>
          <Body1 className={styles.breakable}>{step.body}</Body1>
        </Card>
      ))}
      <Link
        href="#/roles"
        onClick={(e) => {
          e.preventDefault();
          go('#/roles');
        }}
      >
        {t('welcome.roles.link')}
      </Link>
    </div>
  );
}
