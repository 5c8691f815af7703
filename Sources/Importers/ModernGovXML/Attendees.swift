import LibXML

/// The `attendees` of a `GetMeeting` reply, whose data sit in attributes: name, role and attendance.
enum Attendees {
    /// Those attending or expected, and those who sent apologies, each as "Name (role, attendance)".
    static func read(_ root: XMLNode) -> (attendance: [String], apologies: [String]) {
        var attendance: [String] = []
        var apologies: [String] = []
        let people = ElementValues.children(ElementValues.child(root, "attendees") ?? root, "attendee")
        for person in people {
            guard let name = person.attribute("name").flatMap(ElementValues.nonEmpty) else { continue }
            let role = person.attribute("roledescription").flatMap(ElementValues.nonEmpty)
            let status = person.attribute("attendance").flatMap(ElementValues.nonEmpty)
            if let status, status.lowercased().contains("apolog") {
                apologies.append(role.map { "\(name) (\($0))" } ?? name)
            } else {
                let detail = [role, status].compactMap { $0 }.joined(separator: ", ")
                attendance.append(detail.isEmpty ? name : "\(name) (\(detail))")
            }
        }
        return (attendance, apologies)
    }
}
