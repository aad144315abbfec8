package org.fengqiao.patrol.directory.model;

/** A point of a grid block where patrols check in. */
public record Checkpoint(String id, String name, double latitude, double longitude) {

    private static final double EARTH_RADIUS_METRES = 6_371_000;

    /** Great-circle distance from this checkpoint to a position, in metres. */
    public int metresTo(double otherLatitude, double otherLongitude) {
        double dLat = Math.toRadians(otherLatitude - latitude);
        double dLon = Math.toRadians(otherLongitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(otherLatitude)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return (int) Math.round(2 * EARTH_RADIUS_METRES * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)));
    }
}
