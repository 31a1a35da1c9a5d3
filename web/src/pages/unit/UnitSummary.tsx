import { unitPath } from '../../app/paths.ts';
import { UnitName, Vi } from '../../components/names.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { unitText } from '../../i18n/messages/unit.ts';
import { Link } from '../../router/router.tsx';
import { byEffectiveDate, isFormerSelf, linkedUnitPath } from './lineage.ts';
import type { LinkedUnit, UnitDetail } from './types.ts';

// Who the unit is: its name as the heading, its type, code, province and validity, and how the 2025
// reorganisation made it (or what it became), each linked unit opening its own page.

export function UnitSummary({ detail }: { detail: UnitDetail }) {
  const { t, date, number } = useI18n();
  const province =
    detail.level === 'commune' ? detail.parents.find((p) => p.level === 'province') : undefined;
  const district = detail.parents.find((p) => p.level === 'district');
  return (
    <div className="unit-summary">
      <h1>
        <UnitName unit={detail} />
      </h1>
      <ul className="unit-facts">
        {detail.unitType ? (
          <li>
            <Vi>{detail.unitType}</Vi>
          </li>
        ) : null}
        <li>{t(unitText.code, { code: detail.code })}</li>
        {province ? (
          <li>
            {t(unitText.partOf)}{' '}
            {district ? (
              <>
                <Link to={linkedUnitPath(district)}>
                  <Vi>{district.fullName}</Vi>
                </Link>
                {', '}
              </>
            ) : null}
            <Link to={linkedUnitPath(province)}>
              <Vi>{province.fullName}</Vi>
            </Link>
          </li>
        ) : null}
        <li>
          {detail.validTo
            ? t(unitText.validUntil, { date: date(detail.validTo) })
            : detail.validFrom
              ? t(unitText.validFrom, { date: date(detail.validFrom) })
              : t(unitText.validAlways)}
        </li>
        {detail.areaKm2 !== null ? <li>{t(unitText.area, { area: number(detail.areaKm2, 0) })}</li> : null}
      </ul>
      {detail.validTo ? (
        <p className="unit-historical" role="note">
          {t(unitText.historical, { date: date(detail.validTo) })} {t(unitText.historicalProgress)}
        </p>
      ) : null}
      <Lineage detail={detail} />
    </div>
  );
}

function Lineage({ detail }: { detail: UnitDetail }) {
  const { t, date } = useI18n();
  const formed = byEffectiveDate(detail.predecessors);
  const became = byEffectiveDate(detail.successors);
  if (detail.level === 'country') return null;
  return (
    <section aria-labelledby="unit-lineage" className="unit-lineage">
      <h2 id="unit-lineage">{t(unitText.lineageHeading)}</h2>
      {formed.length === 0 && became.length === 0 ? <p>{t(unitText.noLineage)}</p> : null}
      {formed.map((group) => (
        <p key={`from-${group.effective}`}>
          {t(unitText.formedFrom, { date: date(group.effective) })}{' '}
          <LinkedList units={group.units} self={detail} />
        </p>
      ))}
      {became.map((group) => (
        <p key={`to-${group.effective}`}>
          {t(unitText.mergedInto, { date: date(group.effective) })}{' '}
          <LinkedList units={group.units} self={null} />
        </p>
      ))}
    </section>
  );
}

/** "Tỉnh Thái Nguyên (cũ), Tỉnh Bắc Kạn" as links; commas are list punctuation (CSS), not text. */
function LinkedList({ units, self }: { units: readonly LinkedUnit[]; self: UnitDetail | null }) {
  const { t } = useI18n();
  return (
    <span className="unit-linked">
      {units.map((u) => (
        <span key={`${u.level}-${u.code}`} className="unit-linked-item">
          <Link to={u.validTo ? linkedUnitPath(u) : unitPath(u.code)}>
            <Vi>{u.fullName}</Vi>
          </Link>
          {self && isFormerSelf(u, self) ? ` ${t(unitText.former)}` : ''}
          {u.kind === 'partial' ? ` ${t(unitText.partial)}` : ''}
        </span>
      ))}
    </span>
  );
}
