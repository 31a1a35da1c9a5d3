import { ServerText } from '../../components/ServerText.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** A plan's title: its English title on an English page (names in it marked), else the Vietnamese one. */
export function PlanTitle({ plan }: { plan: { titleVi: string; titleEn: string | null } }) {
  const { lang } = useI18n();
  if (lang === 'en' && plan.titleEn) return <ServerText text={plan.titleEn} />;
  return lang === 'vi' ? plan.titleVi : <span lang="vi">{plan.titleVi}</span>;
}
