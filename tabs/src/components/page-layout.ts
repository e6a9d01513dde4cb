/** The frame every console list page shares: a centred page and the title bar above its content. */
import { tokens } from '@fluentui/react-components';

export const pageLayout = {
  page: {
    maxWidth: '1100px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
  },
  bar: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
} as const;
