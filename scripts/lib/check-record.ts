/**
 * Rules for the record over time (issue #12): each project's status history, each port's opening and closing
 * dates, the `checked` date of every feature, and the agreement between a project and its port.
 * Dates compare on the part both state (src/data/record-dates.ts), and none may lie after today.
 */
import type { Feature } from 'geojson';
import { PROJECT_STATUSES } from '../../src/data/enums.ts';
import { compareRecordDates, isRecordDate, today, UNKNOWN } from '../../src/data/record-dates.ts';
import type { Report } from './check-common.ts';

type Props = Record<string, unknown>;
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** A date field: well-formed and not in the future; `unknown` only where the field allows it. */
export function checkDate(report: Report, id: string, key: string, value: unknown, options: { unknown?: boolean } = {}): boolean {
  if (options.unknown && value === UNKNOWN) return false;
  if (!isRecordDate(value)) {
    report(id, 'date-format', `${key} is ${JSON.stringify(value)}; expected YYYY, YYYY-MM or YYYY-MM-DD${options.unknown ? ` or "${UNKNOWN}"` : ''}`);
    return false;
  }
  if (compareRecordDates(value, today()) > 0) {
    report(id, 'date-future', `${key} ${value} lies after today (${today()})`);
    return false;
  }
  return true;
}

/** Every feature says when its record was last researched, a full day. */
export function checkChecked(report: Report, id: string, p: Props): void {
  if (typeof p.checked !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(p.checked)) {
    report(id, 'checked', `checked is ${JSON.stringify(p.checked)}; expected the day the record was last researched (YYYY-MM-DD)`);
    return;
  }
  checkDate(report, id, 'checked', p.checked);
}

/** `opened` always (a date or "unknown"); `closed` exactly when the port is closed, after its opening. */
export function checkPortDates(report: Report, id: string, p: Props): void {
  const opened = checkDate(report, id, 'opened', p.opened, { unknown: true });
  if (p.status === 'closed') {
    if (p.closed === null || p.closed === undefined) {
      report(id, 'port-closed', `a closed port needs closed: its date, or "${UNKNOWN}"`);
      return;
    }
    if (!checkDate(report, id, 'closed', p.closed, { unknown: true })) return;
    if (opened && compareRecordDates(String(p.closed), String(p.opened)) < 0) {
      report(id, 'port-closed', `closed ${p.closed} is before opened ${p.opened}`);
    }
    if (isRecordDate(p.status_as_of) && compareRecordDates(String(p.closed), p.status_as_of) !== 0) {
      report(id, 'port-closed', `closed ${p.closed} and status_as_of ${p.status_as_of} disagree`);
    }
  } else if (p.closed !== null) {
    report(id, 'port-closed', `closed is ${JSON.stringify(p.closed)} but the port's status is ${p.status}; only a closed port has a closing date`);
  }
}

/** A publisher that names someone, not a placeholder for "a copy that did not say whose it was". */
function namesOriginal(publisher: unknown): boolean {
  return isText(publisher) && !/未标明|未注明|不明|unknown/i.test(publisher);
}

/**
 * status_history: oldest first, starting with `planned` at the plan's date; every later entry has a source;
 * no entry after today; the last entry's status is the project's `status`.
 */
export function checkStatusHistory(report: Report, id: string, p: Props, planDate: string): void {
  const history = p.status_history;
  if (!Array.isArray(history) || history.length === 0) {
    report(id, 'history-start', 'status_history must list at least the plan’s entry');
    return;
  }
  const first = history[0] as Props;
  if (first?.status !== 'planned' || first?.date !== planDate) {
    report(id, 'history-start', `status_history must start with planned at the plan's date ${planDate} (found ${first?.status} at ${first?.date})`);
  }
  let previous: string | null = null;
  history.forEach((value: unknown, index) => {
    const entry = (value ?? {}) as Props;
    const where = `status_history[${index}]`;
    if (!PROJECT_STATUSES.includes(entry.status as never)) {
      report(id, 'enum', `${where}.status is ${JSON.stringify(entry.status)}; allowed: ${PROJECT_STATUSES.join(', ')}`);
    }
    if (!isRecordDate(entry.date)) {
      report(id, 'history-date', `${where}.date is ${JSON.stringify(entry.date)}; expected YYYY, YYYY-MM or YYYY-MM-DD`);
    } else {
      if (compareRecordDates(entry.date, today()) > 0) report(id, 'history-future', `${where} (${entry.status}) is dated ${entry.date}, after today (${today()})`);
      if (previous !== null && compareRecordDates(entry.date, previous) < 0) {
        report(id, 'history-order', `${where} (${entry.status}, ${entry.date}) is dated before the entry above it (${previous}); list oldest first`);
      }
      previous = entry.date;
    }
    const sources = entry.sources;
    if (!Array.isArray(sources) || sources.length === 0 || sources.some((s: Props) => !isText(s?.title))) {
      report(id, 'history-source', `${where} (${entry.status}, ${String(entry.date)}) needs at least one source with a title`);
    }
    // A step after the plan is a claim a reader may want to check: some source must name who first published it.
    if (index > 0 && Array.isArray(sources) && sources.length > 0 && !sources.some((s: Props) => namesOriginal(s?.publisher))) {
      report(id, 'history-original', `${where} (${entry.status}, ${String(entry.date)}) rests only on sources that name no original publisher; find the original, or move the fact to status_note_zh/en`);
    }
    for (const key of ['note_zh', 'note_en']) {
      if (entry[key] !== undefined && !isText(entry[key])) report(id, 'required-text', `${where}.${key} must be non-empty text when present`);
    }
  });
  const last = history[history.length - 1] as Props;
  if (last?.status !== p.status) {
    report(id, 'history-current', `status is ${JSON.stringify(p.status)} but the last status_history entry says ${JSON.stringify(last?.status)}`);
  }
}

/** The first date at which the project's history reaches `open`, if it does. */
function openedOn(history: Props[]): string | null {
  const entry = history.find((e) => e?.status === 'open');
  return entry && isRecordDate(entry.date) ? entry.date : null;
}

/**
 * A project and the port it links to tell one story. A port that opened after the plan opened through its
 * project, so the project must reach `open` on the same date; a project cannot open before its port did or
 * after its port closed. `port_note` explains a pair that legitimately differs (and a project with no port).
 */
export function checkProjectPort(report: Report, id: string, p: Props, port: Feature | undefined, planDate: string): void {
  if (isText(p.port_note)) return;
  if (p.port === null) {
    report(id, 'project-port', 'the project links to no port: set port, or say in port_note why there is none (e.g. the port does not exist yet)');
    return;
  }
  const q = port?.properties;
  if (!q) return;
  const history = Array.isArray(p.status_history) ? (p.status_history as Props[]) : [];
  const projectOpened = openedOn(history);
  const portOpened = isRecordDate(q.opened) ? q.opened : null;
  const portId = String(q.id);
  if (portOpened && compareRecordDates(portOpened, planDate) > 0) {
    if (!projectOpened) {
      report(id, 'project-port', `${portId} opened ${portOpened}, after the plan, but the project's history never reaches open (status ${p.status}); add the entry or explain in port_note`);
    } else if (compareRecordDates(projectOpened, portOpened) !== 0) {
      report(id, 'project-port', `${portId} opened ${portOpened} but the project says it opened ${projectOpened}; make them agree or explain in port_note`);
    }
  }
  if (projectOpened && compareRecordDates(projectOpened, planDate) > 0) {
    if (portOpened && compareRecordDates(portOpened, projectOpened) > 0) {
      report(id, 'project-port', `the project opened ${projectOpened} but ${portId} opened ${q.opened}; make them agree or explain in port_note`);
    }
    if (q.status === 'closed' && isRecordDate(q.closed) && compareRecordDates(q.closed, projectOpened) < 0) {
      report(id, 'project-port', `the project opened ${projectOpened} but ${portId} closed ${q.closed}; link the port that replaced it or explain in port_note`);
    }
  }
}
