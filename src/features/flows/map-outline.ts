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

/**
 * The inset: Java from Banten to the middle of Central Java, with southern Sumatra's tip, where
 * most domestic origins sit a few pixels apart on the national map. Corners as lon/lat.
 */
export const JAVA_INSET_EXTENT = { west: 104.9, east: 111.4, south: -8.1, north: -5.2 } as const;
export const JAVA_INSET_VIEWPORT: MapViewport = { width: 960, height: 420, padding: 16 };

export interface InsetGeometry extends MapGeometry {
  /** Where the inset's area lies on the national map: a box in its viewBox. */
  frameOnMain: { x: number; y: number; width: number; height: number } | null;
}

let inset: InsetGeometry | undefined;

/** The inset's projection and outlines, computed once per page load. */
export function javaInsetGeometry(): InsetGeometry {
  if (inset) return inset;
  const collection = outlineCollection();
  const { west, east, south, north } = JAVA_INSET_EXTENT;
  // Corners as points: a MultiPoint fits by its bounds, with no question of ring winding.
  const corners: GeoGeometryObjects = {
    type: 'MultiPoint',
    coordinates: [
      [west, north],
      [east, north],
      [east, south],
      [west, south],
    ],
  };
  const projection = fitMapProjection(corners, JAVA_INSET_VIEWPORT);
  const indonesia = collection.features.filter((feature) => feature.properties.indonesia);
  const neighbours = collection.features.filter((feature) => !feature.properties.indonesia);
  const main = mapGeometry().projection;
  const topLeft = main.project({ lat: north, lon: west });
  const bottomRight = main.project({ lat: south, lon: east });
  inset = {
    projection,
    indonesia: projection.path({ type: 'FeatureCollection', features: indonesia }),
    neighbours: projection.path({ type: 'FeatureCollection', features: neighbours }),
    source: collection.source,
    frameOnMain:
      topLeft && bottomRight
        ? {
            x: topLeft[0],
            y: topLeft[1],
            width: bottomRight[0] - topLeft[0],
            height: bottomRight[1] - topLeft[1],
          }
        : null,
  };
  return inset;
}
