/** A full-width message for states without a report: empty, unsupported page, unreadable markup. */
export function StateMessage({ title, body, testId }: { title: string; body: string; testId: string }) {
  return (
    <section className="state-message" data-testid={testId} role="status">
      <h2>{title}</h2>
      <p>{body}</p>
    </section>
  );
}
