import { type Map as MapLibreMap, Popup } from 'maplibre-gl';
import { useEffect, useId, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '../../i18n/i18n.tsx';
import { explorer } from '../../i18n/messages/explorer.ts';
import { FeatureDetails } from './FeatureDetails.tsx';
import type { FeatureDetail } from './feature-rows.ts';
import { alive } from './map-alive.ts';

// A clicked point's details in a MapLibre popup at the point. React renders the content (so it follows
// the language and marks Vietnamese names) into the popup's element through a portal.

interface FeaturePopupProps {
  readonly map: MapLibreMap;
  readonly position: readonly [number, number];
  readonly detail: FeatureDetail;
  onClose(): void;
}

export function FeaturePopup({ map, position, detail, onClose }: FeaturePopupProps) {
  const { t } = useI18n();
  const headingId = useId();
  const container = useMemo(() => document.createElement('div'), []);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const [lon, lat] = position;
  useEffect(() => {
    if (!alive(map)) return;
    // Our own close button (labelled in the page's language) instead of MapLibre's.
    const popup = new Popup({
      closeButton: false,
      closeOnClick: false,
      maxWidth: '22rem',
      focusAfterOpen: false,
    })
      .setLngLat([lon, lat])
      .setDOMContent(container)
      .addTo(map);
    return () => {
      if (alive(map)) popup.remove();
    };
  }, [map, lon, lat, container]);
  // Escape closes the details when the keyboard is on the map or in them.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const focus = document.activeElement;
      if (e.key !== 'Escape' || !focus) return;
      if (container.contains(focus) || map.getContainer().contains(focus)) onCloseRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [map, container]);
  return createPortal(
    <section className="explorer-popup" aria-labelledby={headingId}>
      <button type="button" className="explorer-popup-close secondary" onClick={() => onCloseRef.current()}>
        {t(explorer.close)}
      </button>
      <FeatureDetails detail={detail} headingId={headingId} />
    </section>,
    container,
  );
}
