import { lazy, Suspense, useMemo } from 'react';
import { useApi } from '../../api/use-api.ts';
import { unitPath } from '../../app/paths.ts';
import { Vi } from '../../components/names.tsx';
import { ErrorMessage, Loading } from '../../components/states.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { unitText } from '../../i18n/messages/unit.ts';
import { navigate } from '../../router/router.tsx';
import type { UnitFeatures } from '../overview/types.ts';

// The province's communes on a map (the same canvas as the overview's, loaded on demand): on a province
// page all of them, on a commune page the same map with that commune outlined. A click opens a commune.

const UnitsMapCanvas = lazy(() => import('../../map/UnitsMapCanvas.tsx'));

/** One light fill for every commune: this map is for finding places, not for comparing values. */
const FILL = '#c6dbef';

export function UnitMap({
  province,
  highlight,
  label,
}: {
  province: string;
  highlight: string | null;
  label: string;
}) {
  const { t } = useI18n();
  const features = useApi<UnitFeatures>(
    `/api/geo/units?level=commune&parent=${encodeURIComponent(province)}`,
  );
  const shapes = features.data;
  const fills = useMemo(
    () => new Map((shapes?.features ?? []).map((f) => [f.properties.code, FILL] as const)),
    [shapes],
  );
  const names = useMemo(
    () => new Map((shapes?.features ?? []).map((f) => [f.properties.code, f.properties.fullName] as const)),
    [shapes],
  );
  return (
    <div className="unit-map">
      {features.error ? <ErrorMessage error={features.error} onRetry={features.reload} /> : null}
      <Suspense fallback={<Loading label={t(unitText.loadingMap)} />}>
        <UnitsMapCanvas
          id="unit"
          label={label}
          features={shapes}
          fills={fills}
          highlight={highlight}
          pending={features.loading}
          onPick={(code) => {
            if (code !== highlight) navigate(unitPath(code));
          }}
          describe={(code) => <Vi>{names.get(code) ?? code}</Vi>}
        />
      </Suspense>
      <p className="muted unit-map-hint">{t(unitText.mapHint)}</p>
    </div>
  );
}
