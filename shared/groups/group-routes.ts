/**
 * REST routes of groups (`/groups…`): admins create, edit and archive groups and name their
 * managers; the list is every group for admins, their own for managers, empty for anyone else;
 * a group's page (members and guests with their status), rights, removals, charter versions with
 * their acceptance rate, and the audit log (JSON and CSV) for admins and the group's managers.
 */
import { z } from 'zod';
import { type ApiRoute, defineRoute } from '../api/api-route.js';
import { callerLocale } from '../api/caller-locale.js';
import type { Principal } from '../auth/principal.js';
import { AppError } from '../errors/errors.js';
import { type Locale, locales, translator } from '../i18n/i18n.js';
import { auditCsv, auditOf } from './group-audit.js';
import { groupKinds, groupRights } from './group-model.js';
import {
  charterInputSchema,
  groupInputSchema,
  groupPatchSchema,
  memberInputSchema,
  rightInputSchema,
  teamsTeamIdText,
} from './group-schemas.js';
import type { GroupService } from './group-service.js';
import { memberStatuses } from './group-status.js';

const tag = 'groups';
const idParams = z.object({ id: z.string().min(1).max(100) });
const memberParams = z.object({ id: z.string().min(1).max(100), personId: z.string().min(1).max(100) });
const nullable = z.string().nullable();

const groupView = z.object({
  id: z.string(),
  nameFr: nullable,
  nameEn: nullable,
  descriptionFr: nullable,
  descriptionEn: nullable,
  kind: z.enum(groupKinds),
  space: z.object({
    teamsTenantId: nullable,
    teamsTeamId: nullable.describe(teamsTeamIdText),
    teamsChannelId: nullable,
    slackTeamId: nullable,
    slackChannelId: nullable,
  }),
  allowedDomains: z.array(z.string()),
  blockedDomains: z.array(z.string()),
  guestExpiryDays: z.number().int(),
  reviewPeriodDays: z.number().int(),
  charterDeadlineDays: z.number().int(),
  createdBy: nullable,
  createdAt: z.string(),
  archivedAt: nullable,
});

const memberView = z.object({
  personId: z.string(),
  displayName: z.string(),
  email: nullable,
  personKind: z.enum(['member', 'guest']),
  right: z.enum(groupRights),
  status: z.enum(memberStatuses),
  addedBy: nullable,
  addedAt: z.string(),
  joinedAt: nullable,
  expiresAt: nullable,
  lastActiveAt: nullable,
  removedAt: nullable,
  removedReason: nullable,
  acceptedVersion: z.number().int().nullable(),
  charterAccepted: z.boolean(),
});

const charterView = z.object({
  groupId: z.string(),
  version: z.number().int(),
  textFr: nullable,
  textEn: nullable,
  hash: z.string(),
  createdBy: nullable,
  createdAt: z.string(),
});

const charterSummaryView = z.object({
  current: z.number().int().nullable(),
  guests: z.number().int(),
  accepted: z.number().int(),
  rate: z.number().nullable(),
  versions: z.array(charterView.extend({ acceptedBy: z.number().int() })),
});

const auditView = z.object({
  entries: z.array(
    z.object({
      at: z.string(),
      type: z.string(),
      actorId: nullable,
      actorName: nullable,
      personId: nullable,
      personName: nullable,
      data: z.record(z.string(), z.unknown()),
    }),
  ),
  total: z.number().int(),
});

const toMemberView = ({
  locale: _locale,
  groupId: _groupId,
  ...line
}: { locale: unknown; groupId: unknown } & z.infer<typeof memberView>) => line;

/** admins and the group's managers; not_found for whoever cannot know the group exists */
async function requireManaging(groups: GroupService, principal: Principal, id: string): Promise<void> {
  if (!(await groups.mayManage(principal, id))) {
    throw new AppError('forbidden', 'only managers manage the group', undefined, {
      key: 'groups.error.not_manager',
    });
  }
}

export function groupRoutes(groups: GroupService, defaultLocale: Locale): ApiRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/groups',
      tag,
      summary: 'Create a group and name its managers (admins)',
      body: groupInputSchema,
      response: groupView,
      status: 201,
      handler: ({ principal, body }) => groups.create(principal, body),
    }),
    defineRoute({
      method: 'get',
      path: '/groups',
      tag,
      summary: 'Groups: every group for admins, the groups they manage for managers, none for anyone else',
      response: z.object({
        groups: z.array(
          z.object({
            group: groupView,
            myRight: z.enum(groupRights).nullable(),
            members: z.number().int(),
            guests: z.number().int(),
          }),
        ),
      }),
      handler: async ({ principal }) => ({ groups: await groups.list(principal) }),
    }),
    defineRoute({
      method: 'get',
      path: '/groups/:id',
      tag,
      summary:
        'A group’s page: its settings, members and guests with their status, its charter (admins, its managers)',
      params: idParams,
      response: z.object({
        group: groupView,
        canManage: z.boolean(),
        members: z.array(memberView),
        charter: charterSummaryView,
      }),
      errors: [404],
      handler: async ({ principal, params }) => {
        const page = await groups.page(principal, params.id);
        return { ...page, members: page.members.map(toMemberView) };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/groups/:id',
      tag,
      summary: 'Change a group’s names, kind, space or settings (admins)',
      params: idParams,
      body: groupPatchSchema,
      response: groupView,
      errors: [404, 409],
      handler: ({ principal, params, body }) => groups.update(principal, params.id, body),
    }),
    defineRoute({
      method: 'post',
      path: '/groups/:id/archive',
      tag,
      summary: 'Archive a group: it reaches nobody and leaves every list but the admins’ (admins)',
      params: idParams,
      response: groupView,
      errors: [404],
      handler: ({ principal, params }) => groups.archive(principal, params.id),
    }),
    defineRoute({
      method: 'post',
      path: '/groups/:id/members',
      tag,
      summary:
        'Add someone of the directory to the group with a right (admins, its managers); a guest’s access expires after the group’s guest expiry',
      params: idParams,
      body: memberInputSchema,
      response: memberView,
      status: 201,
      errors: [404, 409],
      handler: async ({ principal, params, body }) =>
        toMemberView(await groups.addMember(principal, params.id, body)),
    }),
    defineRoute({
      method: 'put',
      path: '/groups/:id/members/:personId/right',
      tag,
      summary:
        'Change a member’s right: member, contributor (posts news and polls to the group), manager; the last manager stays',
      params: memberParams,
      body: rightInputSchema,
      response: memberView,
      errors: [404, 409],
      handler: async ({ principal, params, body }) =>
        toMemberView(await groups.setRight(principal, params.id, params.personId, body.right)),
    }),
    defineRoute({
      method: 'delete',
      path: '/groups/:id/members/:personId',
      tag,
      summary: 'Remove a member from the group (kept in its history); the last manager cannot be removed',
      params: memberParams,
      status: 204,
      errors: [404, 409],
      handler: async ({ principal, params, res }) => {
        await groups.removeMember(principal, params.id, params.personId);
        res.status(204).end();
        return undefined;
      },
    }),
    defineRoute({
      method: 'post',
      path: '/groups/:id/charters',
      tag,
      summary: 'Add the next version of the group’s charter (fr/en); guests are asked to accept it again',
      params: idParams,
      body: charterInputSchema,
      response: charterView,
      status: 201,
      errors: [404, 409],
      handler: ({ principal, params, body }) => groups.addCharter(principal, params.id, body),
    }),
    defineRoute({
      method: 'get',
      path: '/groups/:id/charters',
      tag,
      summary:
        'The charter’s versions, how many accepted each, and the current version’s acceptance rate among guests',
      params: idParams,
      response: charterSummaryView,
      errors: [404],
      handler: ({ principal, params }) => groups.charter(principal, params.id),
    }),
    defineRoute({
      method: 'get',
      path: '/groups/:id/audit',
      tag,
      summary: 'The group’s audit log, newest first (admins, its managers)',
      params: idParams,
      query: z.object({
        limit: z.coerce.number().int().min(1).max(500).default(100),
        offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
      }),
      response: auditView,
      errors: [404],
      handler: async ({ principal, params, query }) => {
        await requireManaging(groups, principal, params.id);
        return auditOf(groups.store.db, params.id, query);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/groups/:id/audit.csv',
      tag,
      summary:
        'The group’s audit log as CSV (admins, its managers), its headers in the language asked for (the console’s), else the caller’s',
      params: idParams,
      query: z.object({ locale: z.enum(locales).optional() }),
      csv: true,
      errors: [404],
      handler: async ({ principal, params, query, req, res }) => {
        await requireManaging(groups, principal, params.id);
        const { entries } = await auditOf(groups.store.db, params.id, { limit: 50_000, offset: 0 });
        const t = translator(query.locale ?? callerLocale(req, res, defaultLocale));
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.setHeader('Content-Disposition', `attachment; filename="group-${params.id}-audit.csv"`);
        res.send(auditCsv(entries, t));
        return undefined;
      },
    }),
  ];
}
