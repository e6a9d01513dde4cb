/**
 * The People pages behind `#/people…` (people-route.ts): the list, one person, the directory
 * sync with its conflicts, the CSV import. Routing is the shell's hash.
 */
import { useMemo } from 'react';
import type { CapabilityPageProps } from '../capability.js';
import { ImportPage } from './import-page.js';
import { createPeopleApi } from './people-api.js';
import { runsDirectory } from './people-capability.js';
import { PeopleListPage } from './people-list-page.js';
import { peopleRoute } from './people-route.js';
import { PersonPage } from './person-page.js';
import { SyncPage } from './sync-page.js';

export function PeoplePage({ hash, api: client, me, go }: CapabilityPageProps) {
  const api = useMemo(() => createPeopleApi(client), [client]);
  const route = peopleRoute(hash);
  if (route.page === 'person') return <PersonPage key={route.id} api={api} id={route.id} go={go} />;
  if (route.page === 'sync') return <SyncPage api={api} go={go} />;
  if (route.page === 'import') return <ImportPage api={api} go={go} />;
  return <PeopleListPage api={api} filters={route.filters} admin={runsDirectory(me)} go={go} />;
}
