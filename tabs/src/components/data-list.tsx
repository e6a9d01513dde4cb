/**
 * The console's lists (news items, polls, surveys, quizzes, tours): a table on a wide screen; on
 * a narrow one (a phone, a Teams side panel) each row becomes a stacked card whose cells carry
 * their column's name, so nothing scrolls sideways at 390 px. It also shows the states around the
 * rows: the spinner while loading, the failure, the empty sentence.
 */
import {
  MessageBar,
  makeStyles,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';

export interface DataColumn<Row> {
  /** the column's name, also shown beside the value when the row is stacked */
  header: string;
  cell(row: Row): ReactNode;
}

const narrow = '@media (max-width: 600px)';

const useStyles = makeStyles({
  table: { [narrow]: { display: 'block', width: '100%' } },
  head: { [narrow]: { display: 'none' } },
  body: { [narrow]: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } },
  row: {
    [narrow]: {
      display: 'flex',
      flexDirection: 'column',
      padding: tokens.spacingVerticalS,
      borderRadius: tokens.borderRadiusMedium,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  cell: {
    [narrow]: {
      display: 'block',
      height: 'auto',
      padding: `${tokens.spacingVerticalXXS} 0`,
      '::before': {
        content: 'attr(data-label)',
        display: 'block',
        color: tokens.colorNeutralForeground3,
        fontSize: tokens.fontSizeBase200,
      },
    },
  },
});

export function DataList<Row>({
  label,
  columns,
  rows,
  rowKey,
  error,
  empty,
  testId,
}: {
  /** the table's accessible name */
  label: string;
  columns: DataColumn<Row>[];
  /** undefined while loading */
  rows: Row[] | undefined;
  rowKey(row: Row): string;
  /** the failure, already in the reader's language */
  error?: string;
  /** the sentence shown when there are no rows */
  empty: string;
  testId?: string;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  if (error) return <MessageBar intent="error">{error}</MessageBar>;
  if (!rows) return <Spinner label={t('app.loading')} />;
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <Table aria-label={label} data-testid={testId} className={styles.table}>
      <TableHeader className={styles.head}>
        <TableRow>
          {columns.map((column) => (
            <TableHeaderCell key={column.header}>{column.header}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody className={styles.body}>
        {rows.map((row) => (
          <TableRow key={rowKey(row)} className={styles.row}>
            {columns.map((column) => (
              <TableCell key={column.header} className={styles.cell} data-label={column.header}>
                {column.cell(row)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
