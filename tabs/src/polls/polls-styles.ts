/** The layout shared by the polls console pages (list, creation forms, results). */
import { makeStyles, tokens } from '@fluentui/react-components';

export const usePageStyles = makeStyles({
  page: {
    maxWidth: '1000px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    '@media (max-width: 600px)': { padding: tokens.spacingHorizontalM },
  },
  // minWidth 0: a fieldset is as wide as its widest control by default, past a phone's screen
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
  section: { marginTop: tokens.spacingVerticalXL },
  // a drop-down is as wide as its longest option by default: on a phone it keeps to the screen
  select: { maxWidth: '100%', minWidth: 0 },
});
