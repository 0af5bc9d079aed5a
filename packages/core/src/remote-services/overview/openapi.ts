/** RS-OVERVIEW — this part's paths and schemas in the OpenAPI document (tag `remote-services`), from its table (`routes.ts`). */
import { componentSchemas, openApiBuilders, pathsOf, type OperationDoc } from '../../shared/openapi-builders.js';
import { REMOTE_PROBLEMS } from '../problems.js';
import { REMOTE_PROBLEM_DOCS } from '../problem-docs.js';
import { REMOTE_OVERVIEW_ROUTES } from './routes.js';
import { SCHEDULE_HORIZON_DAYS } from './schedule.js';
import { TEST_MODE_DURATIONS } from './test-mode.js';
import * as S from './schemas.js';

const COMPONENTS = {
  RemoteSiteOverview: S.SiteOverview,
  RemoteTestModeStatus: S.TestModeStatus,
  RemoteTestModeStartRequest: S.TestModeStartRequest,
  RemoteSiteSchedule: S.SiteSchedule,
  RemoteScheduleException: S.ScheduleExceptionSchema,
  RemoteScheduleExceptionRequest: S.ScheduleExceptionRequest,
  RemoteSiteLog: S.SiteLog,
};
type Name = keyof typeof COMPONENTS;
const { problem } = openApiBuilders<Name>('remote-services');

const param = (name: string, where: 'path' | 'query', description: string, required = where === 'path') => ({
  name,
  in: where,
  required,
  schema: { type: 'string' },
  description,
});
const siteId = param('siteId', 'path', 'The site');
const NOT_FOUND = problem('No such site for this user (`/problems/not-found`)');
const RULES = `422 \`/problems/validation\` with \`errors: [{ field, issue }]\` from core's \`checkException\`: \`date\` (required, date-format, past, beyond-horizon — more than ${SCHEDULE_HORIZON_DAYS} days after today —, date-taken), \`ranges\` (too-many-ranges), \`ranges.<i>.start|end\` (required, time-format, end-before-start, overlap), \`reason\` (too-long)`;

const exceptionId = param('exceptionId', 'path', 'The change');
const day = (name: 'from' | 'to', what: string) => param(name, 'query', `${what} day YYYY-MM-DD`, false);

const DOCS: Record<keyof typeof REMOTE_OVERVIEW_ROUTES, OperationDoc> = {
  siteOverview: {
    operationId: 'remoteGetSiteOverview',
    summary: 'RS-OVERVIEW: a site (name, nickname, address, state, test mode) and its alarm systems',
    ok: 'The overview',
    parameters: [siteId],
    answers: { '404': NOT_FOUND },
  },
  testMode: {
    operationId: 'remoteGetTestMode',
    summary: 'RS-OVERVIEW: the test mode: its absolute end (null: off) and the server time',
    ok: 'The test mode',
    parameters: [siteId],
    answers: { '404': NOT_FOUND },
  },
  startTestMode: {
    operationId: 'remoteStartTestMode',
    summary: `RS-OVERVIEW: puts the site in test mode for one of the durations (${TEST_MODE_DURATIONS.join(', ')} minutes); it ends by itself at \`until\``,
    ok: 'On until `until`',
    parameters: [siteId],
    answers: { '404': NOT_FOUND, '422': problem('Not one of the durations (`/problems/validation`, field `minutes`)') },
  },
  stopTestMode: {
    operationId: 'remoteStopTestMode',
    summary: 'RS-OVERVIEW: « Arrêter le mode test »',
    ok: 'Off',
    parameters: [siteId],
    answers: { '404': NOT_FOUND },
  },
  schedule: {
    operationId: 'remoteGetSchedule',
    summary: `RS-OVERVIEW: the schedule of each day from \`from\` to \`to\` (default today … today + ${SCHEDULE_HORIZON_DAYS})`,
    ok: 'The weekly plan, the temporary changes and each day',
    parameters: [siteId, day('from', 'First'), day('to', 'Last')],
    answers: {
      '404': NOT_FOUND,
      '422': problem(
        `A day before today (\`past\`) or after today + ${SCHEDULE_HORIZON_DAYS} (\`beyond-horizon\`): \`/problems/validation\` on \`from\` / \`to\``,
      ),
    },
  },
  createScheduleException: {
    operationId: 'remoteCreateScheduleException',
    summary: 'RS-OVERVIEW: adds a temporary change (a date and its opening ranges; none: closed all day)',
    ok: 'Created',
    parameters: [siteId],
    answers: { '404': NOT_FOUND, '422': problem(RULES) },
  },
  updateScheduleException: {
    operationId: 'remoteUpdateScheduleException',
    summary: 'RS-OVERVIEW: replaces a temporary change',
    ok: 'Saved',
    parameters: [siteId, exceptionId],
    answers: { '404': NOT_FOUND, '422': problem(RULES) },
  },
  deleteScheduleException: {
    operationId: 'remoteDeleteScheduleException',
    summary: 'RS-OVERVIEW: removes a temporary change (the weekly plan applies again that day)',
    ok: 'Removed',
    parameters: [siteId, exceptionId],
    answers: { '404': NOT_FOUND },
  },
  siteLog: {
    operationId: 'remoteGetSiteLog',
    summary:
      'RS-OVERVIEW: the site log, newest first, filtered by kind groups (arming, alarm, test-mode, schedule) and days (Paris, inclusive)',
    ok: 'The entries',
    parameters: [siteId, param('groups', 'query', 'Comma-separated groups', false), day('from', 'First'), day('to', 'Last')],
    answers: { '404': NOT_FOUND },
  },
};

export function remoteOverviewPaths(): Record<string, unknown> {
  return pathsOf({
    tag: 'remote-services',
    routes: REMOTE_OVERVIEW_ROUTES,
    problems: REMOTE_PROBLEMS,
    components: COMPONENTS,
    docs: DOCS,
    problemDocs: REMOTE_PROBLEM_DOCS,
  });
}

export function remoteOverviewComponents(): Record<string, unknown> {
  return componentSchemas(COMPONENTS);
}
