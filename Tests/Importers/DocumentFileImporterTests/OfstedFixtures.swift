/// Made-up report texts in the shapes Ofsted's children's services reports take once read to text
/// (pdftotext, or a document-hosting site): the authorities, people and findings are invented.
enum OfstedFixtures {
    /// An ILACS report of the 2022-24 layout: the title wrapped over lines, five judgements (one area
    /// over two lines), bullets with wrapped points, and a page footer inside the list.
    static let ilacs2023 = """
    Inspection of Northmoor Borough
    Council local authority children’s
    services
    Inspection dates: 6 to 17 March 2023
    Lead inspector: Alex Example, His Majesty’s Inspector

    Judgement

    Grade

    The impact of leaders on social work
    practice with children and families

    Requires improvement to be good

    The experiences and progress of
    children who need help and protection

    Requires improvement to be good

    The experiences and progress of
    children in care

    Good

    The experiences and progress of care
    leavers

    Inadequate

    Overall effectiveness

    Requires improvement to be good

    Since the last inspection in 2019, leaders have improved some services.
    What needs to improve?
    ◼ The timeliness of assessments of children’s needs.
    ◼ The quality, clarity and timeliness of child-in-need, child protection and pathway
    plans.

    Inspection of Northmoor Borough Council local authority children’s services
    6 to 17 March 2023
    2
    \u{0C}◼ The quality and impact of frontline supervision and management oversight at all
    levels.
    The experiences and progress of children who need help and
    protection: requires improvement to be good
    1.
    Consistent and reliable initial screening of contacts ensures that concerns are addressed.
    """

    /// An ILACS report of the 2019 layout: the authority above the title, grades wrapped
    /// ("Requires improvement" / "to be good"), the inspector's title on its own line.
    static let ilacs2019 = """
    Eastdale Council
    Inspection of children’s social care services
    Inspection dates: 3 June 2019 to 14 June 2019
    Lead inspector: Sam Sample
    Her Majesty’s Inspector
    Judgement
    Grade
    The impact of leaders on social work practice with children
    and families
    Requires improvement
    to be good
    The experiences and progress of children who need help and
    protection
    Good
    The experiences and progress of children in care and care
    leavers
    Requires improvement
    to be good
    Overall effectiveness
    Requires improvement
    to be good
    Last summer, services experienced a rapid rise in demand.
    What needs to improve
    ◼ The stability of the workforce in the three longterm teams.
    ◼ The effectiveness of child in need and child protection plans.
    The experiences and progress of children who need help and protection:
    Good
    """

    /// A SIF report (2014-17): the overall judgement as a sentence wrapped over lines, footnote digits
    /// glued to words, grades wrapped ("Requires" / "Improvement"), a contents page, and numbered
    /// recommendations whose numbers stand on their own lines.
    static let sif2015 = """
    Westbury and Fordham
    Inspection of services for children in need of help and
    protection, children looked after and care leavers
    and
    Review of the effectiveness of the Local Safeguarding Children
    Board1
    Inspection date: 3 March 2015 – 25 March 2015
    Report published: 13 May 2015
    The overall judgement is that children’s services require
    improvement
    The authority is not yet delivering good protection and help and care for children,
    young people and families. It is Ofsted’s expectation that all children receive good help.2
    The judgements on areas of the service that contribute to overall effectiveness are:
    1. Children who need help and protection
    Requires
    Improvement
    2. Children looked after and achieving
    permanence
    Inadequate
    2.1 Adoption performance
    Good
    2.2 Experiences and progress of care leavers
    Requires
    Improvement
    3. Leadership, management and governance
    Requires improvement
    1
    Ofsted produces this report under its power to combine reports.
    Contents
    Recommendations

    7

    Summary for children and young people

    8
    \u{0C}Recommendations
    1.

    Ensure that elected members and senior leaders meet their statutory
    responsibilities.

    2.

    The local authority should assure itself that decisions to close cases are
    appropriate.
    10
    \u{0C}3. Improve the timeliness of health assessments for children looked after.
    Summary for children and young people
    The inspection team
    Lead inspector: Jo Placeholder HMI
    Deputy lead inspector: Pat Nobody HMI
    """

    /// A focused visit letter: no judgements, the dates in its opening sentence, the inspector's name
    /// above her title after the sign-off.
    static let focusedVisit = """
    Mrs A Director
    Director of Children’s Services
    Southfield Council
    Focused visit to Southfield children’s services
    Dear Mrs Director
    This letter summarises the findings of the focused visit to Southfield children’s services on
    15 and 16 January 2019. The visit was carried out by two of Her Majesty’s Inspectors.
    What needs to improve in this area of social work practice
    ◼ The quality of written plans for children in need.
    ◼ Management oversight of drift in plans.
    Ofsted will take the findings of this focused visit into account at the next inspection.
    Yours sincerely

    Chris Invented
    Her Majesty’s Inspector
    """

    /// Council minutes that discuss an Ofsted report: not a report.
    static let minutesAboutOfsted = """
    CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL
    Minutes of the meeting held on 12 March 2024
    5. Ofsted inspection of children's services
    Members noted that Ofsted judged services as requiring improvement to be good.
    RESOLVED that the action plan be noted.
    """

    /// A council's own cover report on an inspection: Ofsted's title quoted, but none of Ofsted's
    /// labels (inspection dates, lead inspector): not a report.
    static let councilCoverReport = """
    Report to Cabinet
    Inspection of Northmoor local authority children's services
    Ofsted published its report on 9 May 2023. The overall judgement was requires improvement to be good.
    Recommendation: that Cabinet notes the report and the action plan.
    """

    /// An ILACS report whose judgement table is cut off after the sub-judgements: the overall
    /// effectiveness is not printed, so it must stay empty.
    static let ilacsWithoutOverall = """
    Inspection of Lowfield local authority children’s services
    Inspection dates: 20 June to 1 July 2022
    Lead inspector: Morgan Madeup, Her Majesty’s Inspector
    Judgement
    Grade
    The impact of leaders on social work
    practice with children and families
    Good
    """
}
