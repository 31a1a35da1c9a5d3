import { useI18n } from '../../i18n/i18n.tsx';
import { vietnameseRuns } from './vietnamese-runs.ts';

/** A server text in the page's language; on an English page its Vietnamese names are marked lang="vi". */
export function MixedText({ text }: { text: string }) {
  const { lang } = useI18n();
  if (lang === 'vi') return <>{text}</>;
  return (
    <>
      {vietnameseRuns(text).map((run, i) =>
        // Runs never move: the index is a stable key.
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

/** A plan's title: its English title on an English page (names in it marked), else the Vietnamese one. */
export function PlanTitle({ plan }: { plan: { titleVi: string; titleEn: string | null } }) {
  const { lang } = useI18n();
  if (lang === 'en' && plan.titleEn) return <MixedText text={plan.titleEn} />;
  return lang === 'vi' ? plan.titleVi : <span lang="vi">{plan.titleVi}</span>;
}
