/** A panel of the home page: a feature's title, what it does, and the links this person may follow. */
import { Badge, Card, CardHeader, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  card: { height: '100%' },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  links: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export interface FeatureLink {
  href: string;
  label: string;
}

export function FeatureCard({
  name,
  title,
  description,
  links = [],
  badge,
}: {
  name: string;
  title: string;
  description: string;
  /** only the links this person may follow */
  links?: FeatureLink[];
  /** e.g. "coming soon", beside the title */
  badge?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <Card className={styles.card} data-testid={`feature-${name}`}>
      <CardHeader
        header={<h3 className={styles.title}>{title}</h3>}
        action={
          badge ? (
            <Badge appearance="outline" color="informative">
              {badge}
            </Badge>
          ) : undefined
        }
      />
      <Text>{description}</Text>
      {links.length > 0 && (
        <div className={styles.links}>
          {links.map((link) => (
            <Link key={link.href} href={link.href}>
              {link.label}
            </Link>
          ))}
        </div>
      )}
    </Card>
  );
}
