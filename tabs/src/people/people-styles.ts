/** The layout shared by the People pages, and how they word a failure. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { pageLayout } from '../components/page-layout.js';

export const usePeopleStyles = makeStyles({
  ...pageLayout,
  // Fluent's Text is inline: a heading or paragraph on its own line
  block: { display: 'block', margin: `${tokens.spacingVerticalS} 0` },
  back: { display: 'block', marginBottom: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  section: { marginTop: tokens.spacingVerticalXL },
  filters: {
    display: 'grid',
    // one column at 390 px, as many as fit on a wide screen
    gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    margin: `${tokens.spacingVerticalM} 0`,
    border: 'none',
    padding: 0,
  },
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  pager: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalM,
  },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  // long addresses and reasons wrap instead of widening the page
  wrap: { overflowWrap: 'anywhere' },
  sourceList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // read by screen readers, not shown
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});
