import Foundation

/// An equirectangular projection fitted to a set of places for an SVG view box: longitude scaled by the cosine
/// of the middle latitude (so a kilometre east is drawn as long as a kilometre north), north up, the places'
/// bounding box scaled to fit inside the padding and centred.
struct MapProjection: Sendable {
    /// Mean kilometres per degree of latitude.
    static let kmPerDegree = 111.195

    /// cos(middle latitude): degrees of longitude to degrees of latitude at the map's middle.
    let longitudeFactor: Double
    /// View-box units per degree of latitude.
    let scale: Double
    /// Smallest scaled longitude (degrees × `longitudeFactor`) of the places.
    let minX: Double
    /// Largest latitude of the places (the top edge), degrees.
    let maxY: Double
    /// View-box x of `minX`.
    let offsetX: Double
    /// View-box y of `maxY`.
    let offsetY: Double

    /// Fits `places` (latitude, longitude in degrees; not empty) into `width` × `height` less `padding` on every
    /// side; a box narrower than `minimumSpan` degrees is drawn as if that wide, so close points do not zoom
    /// without bound.
    init(_ places: [(latitude: Double, longitude: Double)], width: Double, height: Double, padding: Double, minimumSpan: Double) {
        let latitudes = places.map(\.latitude)
        let midLatitude = (latitudes.min()! + latitudes.max()!) / 2
        let factor = cos(midLatitude * .pi / 180)
        longitudeFactor = factor
        let xs = places.map { $0.longitude * factor }
        minX = xs.min()!
        maxY = latitudes.max()!
        let spanX = xs.max()! - minX
        let spanY = maxY - latitudes.min()!
        scale = min((width - 2 * padding) / max(spanX, minimumSpan), (height - 2 * padding) / max(spanY, minimumSpan))
        offsetX = padding + ((width - 2 * padding) - spanX * scale) / 2
        offsetY = padding + ((height - 2 * padding) - spanY * scale) / 2
    }

    /// The view-box point of a place.
    func point(latitude: Double, longitude: Double) -> (x: Double, y: Double) {
        (offsetX + (longitude * longitudeFactor - minX) * scale, offsetY + (maxY - latitude) * scale)
    }

    /// Kilometres per view-box unit (the same east–west and north–south).
    var kmPerUnit: Double { Self.kmPerDegree / scale }

    /// The longest round length (100 m … 100 km) whose bar fits in `maxUnits`, and its length in view-box units.
    func scaleBarLength(maxUnits: Double) -> (km: Double, units: Double) {
        let candidates = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100]
        let km = candidates.last { $0 / kmPerUnit <= maxUnits } ?? candidates[0]
        return (km, km / kmPerUnit)
    }

    /// The scale bar at the bottom left of a view box `bottom` units tall: a line of `scaleBarLength` and its label.
    func scaleBar(maxUnits: Double, bottom: Double, fontSize: Double) -> String {
        let n = HTML.svgNumber
        let bar = scaleBarLength(maxUnits: maxUnits)
        let y = bottom - 6
        return "<line x1=\"6\" y1=\"\(n(y))\" x2=\"\(n(6 + bar.units))\" y2=\"\(n(y))\" stroke=\"#66717d\" stroke-width=\"1.5\"/>"
            + "<text x=\"\(n(8 + bar.units))\" y=\"\(n(y + fontSize / 3))\" font-size=\"\(n(fontSize))\" fill=\"#66717d\">"
            + Self.distanceLabel(bar.km) + "</text>"
    }

    /// A scale bar's label: `500 m`, `2 km`.
    static func distanceLabel(_ km: Double) -> String { km < 1 ? "\(Int((km * 1000).rounded())) m" : "\(Int(km)) km" }
}
