import EvidenceModel
import EvidencePackCore
import Foundation

/// Where read lines go: segments of the current item (description, minutes, decision) or of the page body.
extension MinutesReader {
    /// Opens a new segment (under a label) for the current item, or for the page body.
    mutating func startSegment(_ destination: Destination, heading: String? = nil, headingLine: Int? = nil, wrapsDecision: Bool = false) {
        let segment = Segment(destination: destination, heading: heading, headingLine: headingLine, wrapsDecision: wrapsDecision)
        if items.isEmpty { bodySegments.append(segment) } else { items[items.count - 1].segments.append(segment) }
    }

    /// Adds a line to the open segment of the current destination, opening one when the destination changed.
    mutating func appendToCurrent(_ line: SourceLine) {
        // ("Decision" / "AGREED" / "MEMBERS - A and B entered the meeting": who came in is the minutes' record, no decision.)
        if destination == .decision, !items.isEmpty, BlockBuilder.reportsArrivals(line.text) {
            destination = .minutes
            startSegment(.minutes)
        }
        let target = destination == .documents ? (items.isEmpty ? Destination.body : .minutes) : destination
        if items.isEmpty {
            Self.append(line, to: &bodySegments, destination: target)
        } else {
            Self.append(line, to: &items[items.count - 1].segments, destination: target)
        }
    }

    private static func append(_ line: SourceLine, to segments: inout [Segment], destination: Destination) {
        if let last = segments.indices.last, segments[last].destination == destination {
            segments[last].lines.append(line)
        } else if !line.isBlank {
            segments.append(Segment(destination: destination, lines: [line]))
        }
    }
}
