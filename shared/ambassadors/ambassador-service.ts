/**
 * The ambassadors service (`core.ambassadors`): what REST routes, chat commands and the console
 * call. Every method checks the principal's rights itself (admins name, scope and approve;
 * communicators ask for relays and read campaigns; an ambassador pauses or steps down).
 *
 * REST routes (ambassador-routes.ts, under /api/v1):
 *   GET    /ambassadors                    the roster (?status=)                    communicator
 *   POST   /ambassadors                    name { personId, departments?, sites?, groups?, sponsors? }  admin
 *   GET    /ambassadors/mine               the ambassadors of my department and site  any person
 *   PATCH  /ambassadors/:personId          scope, sponsors, status, leaderboard opt-out  admin / self
 *   POST   /ambassadors/:personId/approve  approve a nomination                     admin
 *   POST   /ambassadors/:personId/refuse   refuse a nomination                      admin
 *   POST   /ambassadors/import             name the rows of a roster import (email, scope)  admin
 *   POST   /ambassadors/digests/run        queue this week's digests now            admin
 *   GET    /ambassadors/assignments        the week's assignments (?week=)          communicator
 *   GET    /ambassadors/leaderboard        ranked figures (?department= &site= &month=) communicator / ambassador
 *   POST   /ambassadors/thanks/run         queue the thank-you cards now ({month})    admin
 *   GET    /ambassadors/:personId/figures  relays, reach, helped, back (?month=)    self / communicator
 *   POST   /relay-campaigns                ask the ambassadors of a scope to relay   communicator
 *   GET    /relay-campaigns                the campaigns, newest first (?subjectType= &subjectId=)  communicator
 *   GET    /relay-campaigns/:id            per ambassador: asked, relayed, snoozed, declined
 */
import type { Principal } from '../auth/principal.js';
import type { Locale } from '../i18n/i18n.js';
import type { Person } from '../people/person.js';
import type {
  Ambassador,
  AmbassadorInput,
  AmbassadorPatch,
  AmbassadorStatus,
  Assignment,
  RelayCampaign,
  RelayCampaignInput,
  RelaySubjectType,
} from './ambassador-model.js';
import type { AmbassadorFigures, LeaderboardEntry, LeaderboardScope } from './recognition.js';
import type { RosterImport, RosterImportRow } from './roster-import.js';

export interface AmbassadorService {
  list(principal: Principal, filter?: { status?: AmbassadorStatus }): Promise<Ambassador[]>;
  name(principal: Principal, input: AmbassadorInput): Promise<Ambassador>;
  patch(principal: Principal, personId: string, patch: AmbassadorPatch): Promise<Ambassador>;
  decide(principal: Principal, personId: string, approve: boolean): Promise<Ambassador>;
  /** names each row (admins); a row refused is reported on its own, in `locale` */
  importRoster(principal: Principal, rows: RosterImport, locale: Locale): Promise<RosterImportRow[]>;
  /** the active ambassadors covering a person's department or site */
  of(person: Person): Promise<Ambassador[]>;
  ask(principal: Principal, input: RelayCampaignInput): Promise<RelayCampaign>;
  campaign(principal: Principal, id: string): Promise<RelayCampaign>;
  /** newest first; only those of one item when both subjectType and subjectId are given */
  campaigns(
    principal: Principal,
    page: { limit: number; offset: number; subjectType?: RelaySubjectType; subjectId?: string },
  ): Promise<RelayCampaign[]>;
  runDigestsNow(principal: Principal): Promise<{ queued: number }>;
  assignments(principal: Principal, week: string): Promise<Assignment[]>;
  /** an ambassador's figures, all time or for one month (2026-11, UTC) */
  figures(
    principal: Principal,
    personId: string,
    month?: string,
  ): Promise<{ ambassador: Ambassador; figures: AmbassadorFigures }>;
  leaderboard(principal: Principal, scope: LeaderboardScope, month?: string): Promise<LeaderboardEntry[]>;
  /** the thank-you for last month, or for this month so far, to every active ambassador now */
  runThanksNow(principal: Principal, which: 'last' | 'this'): Promise<{ queued: number }>;
}
