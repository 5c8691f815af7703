/// Which figures beyond the counts a list gets, named by the template's column headers: a figure is
/// made only when the list's template has every column it names, so a template without them simply
/// has no such figure.
enum AnnexAAnalysisRules {
    /// Time from a start to an end date against a limit in working days.
    struct Timeliness {
        let id: String
        let title: String
        let start: String
        let end: String
        let limit: Int
        /// Words for rows with a start but no end ("not completed", "no conference").
        let open: String
    }

    /// The length of a plan or episode: from its start to its end, or to the reference date when open.
    struct Duration {
        let id: String
        let title: String
        let start: String
        let end: String
        /// Words for rows whose end is blank, counted apart instead of measured to the reference date.
        var open: String? = nil
    }

    /// How long before the reference date the latest visit was, for rows still open.
    struct Recency {
        let id: String
        let title: String
        let date: String
        /// The row is left out when this date is set (the plan or episode ended).
        let endedWhenSet: String
        let limit: Int
        let limitWords: String
    }

    static let timeliness: [Timeliness] = [
        Timeliness(id: "timeliness-assessment", title: "Assessments completed within 45 working days",
                   start: "Continuous Assessment Start Date", end: "Continuous Assessment Date of Authorisation", limit: 45,
                   open: "not completed"),
        Timeliness(id: "timeliness-icpc", title: "Initial child protection conferences within 15 working days of the strategy discussion",
                   start: "Strategy discussion initiating Section 47 Enquiry Start Date", end: "Date of Initial Child Protection Conference",
                   limit: 15, open: "no conference date"),
    ]

    static let durations: [Duration] = [
        Duration(id: "duration-cin", title: "Length of the child in need episode", start: "CIN Start Date", end: "CIN Closure Date"),
        Duration(id: "duration-cp", title: "Length of the child protection plan",
                 start: "Child Protection Plan Start Date", end: "Child Protection Plan End Date"),
        Duration(id: "duration-cla", title: "Length of the current period of care",
                 start: "Date Started to be Looked After", end: "Date Ceased to be Looked After"),
        Duration(id: "duration-adoption", title: "Entering care to adoption order",
                 start: "Date the Child Entered Care", end: "Date of Adoption Order", open: "no adoption order yet"),
    ]

    static let recency: [Recency] = [
        Recency(id: "visits-cp", title: "Latest statutory visit, children on a plan at the reference date",
                date: "Date of the Last Statutory Visit", endedWhenSet: "Child Protection Plan End Date",
                limit: 10, limitWords: "10 working days"),
        Recency(id: "visits-cla", title: "Latest social work visit, children in care at the reference date",
                date: "Date of Last Social Work Visit", endedWhenSet: "Date Ceased to be Looked After",
                limit: 30, limitWords: "6 weeks (30 working days)"),
    ]

    /// Duration bands in days, upper bounds exclusive, with their words.
    static let durationBands: [(below: Int, words: String)] = [
        (91, "under 3 months"), (182, "3 to under 6 months"), (365, "6 to under 12 months"),
        (730, "1 to under 2 years"), (.max, "2 years or more"),
    ]

    /// Age bands in whole years, upper bounds exclusive (the DfE's bands).
    static let ageBands: [(below: Int, words: String)] = [
        (1, "under 1"), (5, "1 to 4"), (10, "5 to 9"), (16, "10 to 15"), (.max, "16 and over"),
    ]

    /// The words for a cell that was blank, and for one that was not a template code.
    static let notRecorded = "not recorded"
    static let unreadable = "not a template value"
}
