import type { Report } from './check-common.ts';

/** Field-level rules shared by every data file; each reports under the feature's id and a rule name. */
export class FieldRules {
  constructor(
    private readonly report: Report,
    private readonly id: string,
    private readonly properties: Record<string, unknown>,
  ) {}

  text(key: string, options: { nullable?: boolean } = {}): void {
    const value = this.properties[key];
    if (value === null && options.nullable) return;
    if (typeof value !== 'string' || value.trim() === '') this.report(this.id, 'required-text', `${key} must be non-empty text`);
  }

  oneOf(key: string, allowed: readonly unknown[], options: { nullable?: boolean } = {}): void {
    const value = this.properties[key];
    if (value === null && options.nullable) return;
    if (!allowed.includes(value)) {
      this.report(this.id, 'enum', `${key} is ${JSON.stringify(value)}; allowed: ${allowed.join(', ')}${options.nullable ? ', null' : ''}`);
    }
  }

  date(key: string, options: { nullable?: boolean } = {}): void {
    const value = this.properties[key];
    if (value === null && options.nullable) return;
    if (typeof value !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
      this.report(this.id, 'date-format', `${key} is ${JSON.stringify(value)}; expected YYYY, YYYY-MM or YYYY-MM-DD`);
    }
  }

  /** A list of sources ({publisher, title, date?, url?, read_in?, link_reason?}; their links: check-links.ts); `minimum` 1 where a claim must be backed. */
  sources(key: string, minimum: number): void {
    const value = this.properties[key];
    if (!Array.isArray(value) || value.length < minimum) {
      this.report(this.id, 'sources', `${key} needs at least ${minimum} source(s)`);
      return;
    }
    value.forEach((source: Record<string, unknown>, index) => {
      if (typeof source?.title !== 'string' || source.title.trim() === '') {
        this.report(this.id, 'sources', `${key}[${index}] has no title`);
      }
      if (source?.url !== undefined && (typeof source.url !== 'string' || !/^https?:\/\//.test(source.url))) {
        this.report(this.id, 'sources', `${key}[${index}].url is not an http(s) address`);
      }
      if (source?.date !== undefined && (typeof source.date !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(source.date))) {
        this.report(this.id, 'sources', `${key}[${index}].date ${JSON.stringify(source.date)} is not YYYY[-MM[-DD]]`);
      }
    });
  }
}
