import type { ExtendedFeature, ExtendedFeatureCollection, GeoGeometryObjects } from 'd3-geo';
import outlineJson from '../../assets/map/indonesia-region.json';
import { fitMapProjection, type MapProjection, type MapViewport } from '../../domain/geo-projection';

// The outline is bundled with the flows page (about 18 kB gzipped), so the map needs no request,
// works offline and stays within the Content-Security-Policy. It is made by
// scripts/prepare-map.mjs from Natural Earth (public domain); see that script.

export const MAP_VIEWPORT: MapViewport = { width: 960, height: 440, padding: 36 };

export interface OutlineProperties {
  name: string;
  indonesia: boolean;
}
export type OutlineFeature = ExtendedFeature<GeoGeometryObjects, OutlineProperties>;
export interface OutlineCollection extends ExtendedFeatureCollection<OutlineFeature> {
  source: string;
}

/** A shallow check of the committed asset's shape (its geometry is checked by a unit test). */
export function isOutlineCollection(value: unknown): value is OutlineCollection {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { type?: unknown; features?: unknown; source?: unknown };
  return (
    candidate.type === 'FeatureCollection' &&
    typeof candidate.source === 'string' &&
    Array.isArray(candidate.features) &&
    candidate.features.every(
      (feature: { type?: unknown; geometry?: { type?: unknown }; properties?: { indonesia?: unknown } }) =>
        feature.type === 'Feature' &&
        feature.geometry?.type === 'MultiPolygon' &&
        typeof feature.properties?.indonesia === 'boolean',
    )
  );
}

export function outlineCollection(): OutlineCollection {
  const value: unknown = outlineJson;
  if (!isOutlineCollection(value))
    throw new Error('The bundled map outline is not a FeatureCollection of MultiPolygons');
  return value;
}

export interface MapGeometry {
  projection: MapProjection;
  /** SVG path data, projected once. */
  indonesia: string;
  neighbours: string;
  source: string;
}

let geometry: MapGeometry | undefined;

/** The projection fitted to Indonesia and the projected outlines, computed once per page load. */
export function mapGeometry(): MapGeometry {
  if (geometry) return geometry;
  const collection = outlineCollection();
  const indonesia = collection.features.filter((feature) => feature.properties.indonesia);
  const neighbours = collection.features.filter((feature) => !feature.properties.indonesia);
  const projection = fitMapProjection({ type: 'FeatureCollection', features: indonesia }, MAP_VIEWPORT);
  geometry = {
    projection,
    indonesia: projection.path({ type: 'FeatureCollection', features: indonesia }),
    neighbours: projection.path({ type: 'FeatureCollection', features: neighbours }),
    source: collection.source,
  };
  return geometry;
}
