import type { PageProps } from '../../app/routes.tsx';

// Placeholder until this page is built (issue 6).
export default function LoginPage(_props: PageProps) {
  return <h1>LoginPage</h1>;
}
