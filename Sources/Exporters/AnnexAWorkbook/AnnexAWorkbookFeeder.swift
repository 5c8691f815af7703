import AnnexASpec
import AnnexA
import EvidenceModel
import Foundation
import XLSXWriter

/// Feeds the workbook from a thread of its own: while the exporter reads, checks, counts and writes
/// the rows to the list CSVs, libxlsxwriter formats the rows before them here. Every workbook call is
/// made on one serial queue, in order; rows go over in batches, and at most `batchesInFlight` wait,
/// so memory stays bounded whatever the list's length. A failure on the queue is thrown by the next
/// call on the exporter's side.
final class AnnexAWorkbookFeeder: @unchecked Sendable {
    /// Rows handed over at a time.
    static let batchSize = 512

    private let workbook: AnnexAWorkbookWriter
    private let queue = DispatchQueue(label: "evidence-pack.annex-a-workbook")
    private let slots: DispatchSemaphore
    private let lock = NSLock()
    private var failure: (any Error)?
    private var pending: [(row: AnnexARow, values: [String])] = []
    // Touched only on `queue`.
    private var sheet: AnnexASheetWriter?
    private var rowsBeyondWorkbook = 0

    init(workbook: AnnexAWorkbookWriter, batchesInFlight: Int = 3) {
        self.workbook = workbook
        slots = DispatchSemaphore(value: batchesInFlight)
        pending.reserveCapacity(Self.batchSize)
    }

    /// Starts a list's worksheet once the rows before it are written.
    func startList(_ spec: AnnexAListSpec) throws {
        try handOver()
        try onQueue {
            sheet = try workbook.startList(spec)
            rowsBeyondWorkbook = 0
        }
    }

    /// Queues one row for the current list's worksheet, with its cells as the template writes them
    /// (`row.values`).
    func append(_ row: AnnexARow, values: [String]) throws {
        // Detached: a queued row must not hold the parser's record buffer (a few KB a row, so
        // about 75 MB over the batches in flight on a large list).
        pending.append((row.detached(), values))
        if pending.count >= Self.batchSize { try handOver() }
    }

    /// What a finished worksheet could not hold, and what a later build needs to take it up again.
    struct FinishedList {
        var truncatedCells = 0
        var rowsBeyondWorkbook = 0
        var notes: [AnnexAExportMemo.Note] = []
        var nextRow = 1
    }

    /// Finishes the current worksheet once all its rows are written.
    func finishList() throws -> FinishedList {
        try handOver()
        return try onQueue {
            guard let sheet else { return FinishedList() }
            try sheet.finish()
            self.sheet = nil
            return FinishedList(truncatedCells: sheet.truncatedCells, rowsBeyondWorkbook: rowsBeyondWorkbook,
                                notes: sheet.writtenNotes, nextRow: sheet.nextRow)
        }
    }

    /// Writes the findings and analysis sheets, then the file; returns where each sheet's rows are.
    func close(analysis: AnnexAAnalysis) throws -> [String: XLSXStoredRows] {
        try handOver()
        return try onQueue { try workbook.close(analysis: analysis) }
    }

    /// Waits until nothing is left on the queue (on the way out of a failed export, so that no
    /// workbook call runs after the exporter has returned).
    func waitUntilIdle() {
        queue.sync {}
    }

    private func handOver() throws {
        try rethrowFailure()
        guard !pending.isEmpty else { return }
        let rows = pending
        pending.removeAll(keepingCapacity: true)
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            guard lock.withLock({ failure == nil }), let sheet else { return }
            do {
                for (row, values) in rows where try sheet.append(row, values: values) == .full { rowsBeyondWorkbook += 1 }
            } catch {
                lock.withLock { if failure == nil { failure = error } }
            }
        }
    }

    private func onQueue<T>(_ body: () throws -> T) throws -> T {
        try queue.sync {
            try rethrowFailure()
            return try body()
        }
    }

    private func rethrowFailure() throws {
        if let failure = lock.withLock({ failure }) { throw failure }
    }
}
