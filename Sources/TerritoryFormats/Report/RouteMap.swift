import Foundation

/// One day's route as a small inline SVG: the rep's base (square) and the hospitals visited (numbered
/// circles, in visiting order) in an equirectangular projection fitted to the day's bounding box, legs
/// from and back to the base dashed, arrowheads at mid-leg, and a scale bar.
struct RouteMap: Sendable {
    /// A place on the map.
    struct Place: Sendable, Hashable {
        /// Shown beside the point (escaped when written).
        var name: String
        /// WGS-84 degrees.
        var latitude: Double
        /// WGS-84 degrees.
        var longitude: Double
        /// Fill of the point as a CSS colour (already safe: produced by `HTML.color`).
        var fill: String
    }

    /// Where the day starts and ends.
    var base: Place
    /// The stops in visiting order.
    var stops: [Place]
    /// Width of the view box.
    var width = 224.0
    /// Height of the view box.
    var height = 150.0
    /// Margin kept free around the points.
    var padding = 16.0

    /// Mean kilometres per degree of latitude.
    static let kmPerDegree = 111.195

    /// The smallest span drawn, in degrees (≈ 220 m), so one or two close points do not zoom without bound.
    static let minimumSpan = 0.002

    /// The fitted projection: view-box x/y of base then stops, and kilometres per view-box unit.
    func projected() -> (points: [(x: Double, y: Double)], kmPerUnit: Double) {
        let all = [base] + stops
        let midLatitude = (all.map(\.latitude).min()! + all.map(\.latitude).max()!) / 2
        let kx = cos(midLatitude * .pi / 180)
        let xs = all.map { $0.longitude * kx }
        let ys = all.map(\.latitude)
        let minX = xs.min()!
        let maxX = xs.max()!
        let minY = ys.min()!
        let maxY = ys.max()!
        let dx = max(maxX - minX, Self.minimumSpan)
        let dy = max(maxY - minY, Self.minimumSpan)
        let scale = min((width - 2 * padding) / dx, (height - 2 * padding) / dy)
        let offsetX = padding + ((width - 2 * padding) - (maxX - minX) * scale) / 2
        let offsetY = padding + ((height - 2 * padding) - (maxY - minY) * scale) / 2
        let points = zip(xs, ys).map { (x: offsetX + ($0 - minX) * scale, y: offsetY + (maxY - $1) * scale) }
        return (points, Self.kmPerDegree / scale)
    }

    /// The `<svg>` element, with `label` (escaped) as its accessible name.
    func svg(label: String) -> String {
        let (p, kmPerUnit) = projected()
        let n = HTML.svgNumber
        var out = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(h(label))\">"
        // Legs: base → stop 1 → … → stop k → base.
        let order = [0] + Array(1..<(stops.count + 1)) + [0]
        for (a, b) in zip(order, order.dropFirst()) {
            let (x1, y1) = p[a]
            let (x2, y2) = p[b]
            let fromBase = a == 0 || b == 0
            out +=
                "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(fromBase ? "#8fa3b8" : "#2f5d8a")\""
                + " stroke-width=\"1.6\"\(fromBase ? " stroke-dasharray=\"4 3\"" : "")/>"
            let length = ((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1)).squareRoot()
            if length > 18 {
                let angle = atan2(y2 - y1, x2 - x1) * 180 / .pi
                out +=
                    "<path d=\"M-4,-3 L3,0 L-4,3 Z\" fill=\"\(fromBase ? "#8fa3b8" : "#2f5d8a")\""
                    + " transform=\"translate(\(n((x1 + x2) / 2)),\(n((y1 + y2) / 2))) rotate(\(n(angle)))\"/>"
            }
        }
        // Base.
        out += "<rect x=\"\(n(p[0].x - 5))\" y=\"\(n(p[0].y - 5))\" width=\"10\" height=\"10\" fill=\"#1f2933\"><title>\(h(base.name))</title></rect>"
        // Stops, numbered; a hospital visited twice in a day gets both numbers.
        for (k, stop) in stops.enumerated() {
            let (x, y) = p[k + 1]
            let rightHalf = x > width / 2  // label toward the middle so it stays inside the map
            out +=
                "<g><title>\(k + 1). \(h(stop.name))</title>"
                + "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"7\" fill=\"\(stop.fill)\" stroke=\"#fff\" stroke-width=\"1.2\"/>"
                + "<text x=\"\(n(x))\" y=\"\(n(y + 3))\" font-size=\"9\" font-weight=\"700\" text-anchor=\"middle\" fill=\"#fff\">\(k + 1)</text>"
                + "<text x=\"\(n(x + (rightHalf ? -9 : 9)))\" y=\"\(n(y - 6))\" font-size=\"7.5\" fill=\"#39424b\" stroke=\"#fbfcfd\" stroke-width=\"2.5\""
                + (rightHalf ? " text-anchor=\"end\"" : "")
                + " paint-order=\"stroke\">\(h(Self.shortName(stop.name)))</text></g>"
        }
        // Scale bar, bottom left.
        let candidates = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100]
        let km = candidates.last { $0 / kmPerUnit <= width * 0.3 } ?? candidates[0]
        let barLength = km / kmPerUnit
        let y = height - 6
        out +=
            "<line x1=\"6\" y1=\"\(n(y))\" x2=\"\(n(6 + barLength))\" y2=\"\(n(y))\" stroke=\"#66717d\" stroke-width=\"1.5\"/>"
            + "<text x=\"\(n(8 + barLength))\" y=\"\(n(y + 2.5))\" font-size=\"7\" fill=\"#66717d\">\(km < 1 ? "\(Int(km * 1000)) m" : "\(Int(km)) km")</text>"
        return out + "</svg>"
    }

    /// A hospital name short enough to label a point: the first 8 characters, then `…`.
    static func shortName(_ name: String) -> String {
        name.count <= 8 ? name : String(name.prefix(7)) + "…"
    }
}
