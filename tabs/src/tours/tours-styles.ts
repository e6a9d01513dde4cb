/** The layout shared by the tours console pages, and how they word a failure. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { describeError } from '../components/describe-error.js';
import { pageLayout } from '../components/page-layout.js';
import type { useI18n } from '../i18n/i18n.js';

export const useToursStyles = makeStyles({
  back: { display: 'block', marginBottom: tokens.spacingVerticalS },
  ...pageLayout,
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  section: { marginTop: tokens.spacingVerticalXL },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export const errorText = (t: ReturnType<typeof useI18n>['t'], error: unknown): string =>
  describeError(error instanceof Error ? error : new Error(String(error)), t);
