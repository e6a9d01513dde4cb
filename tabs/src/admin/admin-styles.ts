/** The administration pages' shared layout: a centred column, narrower padding on a phone. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useAdminStyles = makeStyles({
  page: {
    maxWidth: '900px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    '@media (max-width: 520px)': { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}` },
  },
  title: { margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  breakable: { overflowWrap: 'anywhere' },
});
