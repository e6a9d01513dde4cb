/** The insights pages behind `#/insights`: the dashboard, and `#/insights/report?month=…` the printable report. */
import { useMemo } from 'react';
import type { CapabilityPageProps } from '../capability.js';
import { createInsightsApi } from './insights-api.js';
import { InsightsDashboardPage } from './insights-dashboard-page.js';
import { InsightsReportPage } from './insights-report-page.js';

export function InsightsPage({ hash, api: client, go }: CapabilityPageProps) {
  const api = useMemo(() => createInsightsApi(client), [client]);
  if (/^#\/insights\/report(\?|$)/.test(hash)) return <InsightsReportPage api={api} hash={hash} go={go} />;
  return <InsightsDashboardPage api={api} go={go} />;
}
