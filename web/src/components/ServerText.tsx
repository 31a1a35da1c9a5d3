import { useI18n } from '../i18n/i18n.tsx';
import { vietnameseRuns } from './vietnamese-runs.ts';

/**
 * Text from the server in the page's language (report messages, refusals, English plan titles). On an
 * English page the Vietnamese names inside it are marked lang="vi"; a Vietnamese page needs no marking.
 */
export function ServerText({ text }: { text: string }) {
  const { lang } = useI18n();
  if (lang === 'vi') return <>{text}</>;
  return (
    <>
      {vietnameseRuns(text).map((run, i) =>
        run.vi ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs of one fixed text, never reordered
          <span key={i} lang="vi">
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}

/** A value typed by users or a name from the data: Vietnamese whenever it has Vietnamese letters. */
export function DataText({ text }: { text: string }) {
  return <ServerText text={text} />;
}
