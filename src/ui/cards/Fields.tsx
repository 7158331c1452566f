import type { ReactNode } from 'react';

/** A definition list of label → value rows; rows whose value is null are left out. */
export function Fields({ rows }: { rows: [string, ReactNode | null | undefined][] }) {
  return (
    <dl className="fields">
      {rows
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([label, value]) => (
          <div key={label} className="field">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}
