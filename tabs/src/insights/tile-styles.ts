/** The headline tiles' look, shared by the figures and the satisfaction tile. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useTileStyles = makeStyles({
  tiles: {
    listStyle: 'none',
    padding: 0,
    margin: `${tokens.spacingVerticalM} 0 0`,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
    gap: tokens.spacingHorizontalM,
    '@media print': { gridTemplateColumns: 'repeat(5, 1fr)' },
  },
  tile: {
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    breakInside: 'avoid',
  },
  label: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { display: 'block', fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
  change: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});
