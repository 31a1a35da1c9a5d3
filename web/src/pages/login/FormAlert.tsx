// A form's failure in words: what failed and what the server said (already in the page's language).
// role="alert" so screen readers announce it as soon as it appears.

export function FormAlert({ title, message }: { title: string; message: string }) {
  return (
    <div className="error-box" role="alert">
      <p className="error-title">{title}</p>
      <p>{message}</p>
    </div>
  );
}
