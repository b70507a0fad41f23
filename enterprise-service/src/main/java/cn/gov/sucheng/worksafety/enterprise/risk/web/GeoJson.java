package cn.gov.sucheng.worksafety.enterprise.risk.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.NullMarked;

/**
 * The little of GeoJSON (RFC 7946) the risk map needs: a FeatureCollection of Point features. Positions are
 * [longitude, latitude] in WGS 84, in that order, as the RFC requires.
 */
final class GeoJson {

    static final String MEDIA_TYPE = "application/geo+json";

    private GeoJson() {
    }

    @NullMarked
    record FeatureCollection<P>(String type, List<Feature<P>> features) {

        static <P> FeatureCollection<P> of(List<Feature<P>> features) {
            return new FeatureCollection<>("FeatureCollection", features);
        }
    }

    @NullMarked
    record Feature<P>(String type, UUID id, Point geometry, P properties) {

        static <P> Feature<P> of(UUID id, Point geometry, P properties) {
            return new Feature<>("Feature", id, geometry, properties);
        }
    }

    @NullMarked
    record Point(String type, List<Double> coordinates) {

        static Point at(double longitude, double latitude) {
            return new Point("Point", List.of(longitude, latitude));
        }
    }
}
