/**
 * The tours console: `#/tours` lists the tours, `#/tours/new` and `#/tours/{id}` edit one (with
 * its funnel), `#/tours/library` holds tutorials and resource people. Routing is the shell's
 * hash; this component only reads the part after `#/tours`.
 */
import { useMemo, useRef } from 'react';
import type { CapabilityPageProps } from '../capability.js';
import { TourEditorPage } from './tour-editor-page.js';
import { createToursApi } from './tours-api.js';
import { ToursLibraryPage } from './tours-library-page.js';
import { ToursListPage } from './tours-list-page.js';

/** `#/tours/abc` → ['abc'] */
export const toursRoute = (hash: string): string[] =>
  hash
    .replace(/^#\/?tours\/?/, '')
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent);

export function ToursPage({ hash, api: client, go }: CapabilityPageProps) {
  const api = useMemo(() => createToursApi(client), [client]);
  // a new tour's "saved" notice outlives the move from #/tours/new to its own page
  const carried = useRef<string | undefined>(undefined);
  const [first] = toursRoute(hash);
  if (!first) return <ToursListPage api={api} go={go} />;
  if (first === 'library') return <ToursLibraryPage api={api} go={go} />;
  const notice = carried.current;
  carried.current = undefined;
  return (
    <TourEditorPage
      key={first}
      api={api}
      tourId={first === 'new' ? undefined : first}
      go={go}
      initialNotice={notice}
      carryNotice={(text) => {
        carried.current = text;
      }}
    />
  );
}
