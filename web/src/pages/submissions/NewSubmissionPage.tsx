import type { PageProps } from '../../app/routes.tsx';

// Placeholder until this page is built (issue 6).
export default function NewSubmissionPage(_props: PageProps) {
  return <h1>NewSubmissionPage</h1>;
}
