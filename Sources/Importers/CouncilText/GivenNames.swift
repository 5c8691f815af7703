/// First names common in the UK and Ireland, to find people in lists whose separators a copy lost ("Martin
/// McCann TIPSA Selena Ramsey CSP …"): a person there is a first name and the surname after it, and the words
/// between them name bodies. Names that are also everyday words a body's name might hold ("Grace", "Hope",
/// "Will", "May", "Victoria", "Grant", "Glen") are left out: a name missed is a gap, a body taken for a person an invented value.
public enum GivenNames {
    /// Whether a word, as printed (capitalised or in capitals), is one of the first names.
    public static func contains(_ word: Substring) -> Bool {
        guard (2...12).contains(word.count), let first = word.first, first.isUppercase else { return false }
        return names.contains(word.lowercased())
    }

    /// The names, lower-cased.
    static let names: Set<String> = Set(list.split(separator: " ").map(String.init))

    // Female, then male, then short forms; one space between names.
    private static let list = """
    abigail ada adele adrienne agnes aileen ailsa aimee alana alexandra alexis alice alicia alina alison allison alma amanda amber \
    amelia amy ana andrea angela angelina angharad anita ann anna anne annette annie anthea antonia aoife arlene ashleigh audrey \
    avril barbara beatrice becky belinda beth bethan betty beverley bianca bernadette bernice brenda briony bryony bridget bronwen \
    caitlin camilla candice cara carla carly carmel carol carole caroline carolyn caron carrie cassandra catherine cathy cecilia \
    celia ceri charlene charlotte chelsea cheryl chloe christina christine ciara cindy claire clare claudia colette collette \
    connie corinne courtney cynthia daisy dana danielle daphne davina dawn deborah debbie debra deirdre delia denise diana diane \
    dianne dionne dolores donna dora doreen doris dorothy eileen elaine eleanor elena elisabeth elizabeth ella ellen ellie eloise \
    elsie emily emma erica erin esther ethel eunice eva eve evelyn fiona fran frances francesca freda frieda gabrielle gail gemma \
    geraldine gillian gill ginny gladys glenda glenys gloria gwen gwyneth hannah harriet hayley hazel heather heidi helen helena \
    henrietta hilary hollie holly imogen ingrid irene isabel isabella isobel jacqueline jacqui jackie jade jan jane janet janette \
    janice janine jasmine jayne jean jeanette jeanne jemma jenna jennifer jenny jessica jill jillian joan joanna joanne jocelyn \
    jodie josephine joy joyce judith judy julia julie juliet justine karen karina kate katharine katherine kathleen kathryn kathy \
    katie katrina kay kayleigh kelly kelsie kerry kim kimberley kirsten kirstie kirsty kristina laura lauren leah lesley leanne leslie lillian \
    linda lindsay lindsey lisa liz lizzie lorna lorraine louise lucia lucy lydia lynda lynn lynne madeleine maggie mairead \
    mandy marcia margaret maria marian marie marilyn marina marion marjorie marlene martha martina mary maureen maxine megan \
    melanie melissa michaela michelle mildred miranda miriam moira molly monica morag muriel nadia nancy naomi natalie natasha \
    nichola nicola nicole nina noreen norma olive olivia pamela patricia paula pauline penelope penny philippa phyllis polly \
    priscilla rachael rachel rebecca regina rhian rhiannon rita roberta robyn roisin rosalind rosemary rosie roxanne ruth rosa sadie \
    sally samantha sandra sara sarah selena selina shannon sharon sheila shelley sheena shirley shona sian siobhan sonia sophie \
    stacey stella stephanie sue susan susanne suzanne sylvia tamsin tania tanya teresa theresa tina toni tracey tracy ursula \
    valerie vanessa vera veronica vicki vicky vivien vivienne wendy yasmin yvonne zoe zoë \
    aaron adam adrian aidan alan alasdair alastair albert alec alex alexander alfie alfred alistair allan andrew andy angus \
    anthony antony archie arthur ashley barry ben benjamin bernard bill billy bob brendan brian bruce callum calum cameron \
    carl ceri charles charlie chris christian christopher ciaran cieran clifford clive colin conor craig damian damien \
    daniel danny darren dave david dean declan dennis derek dermot desmond dominic donal donald douglas duncan dylan eamon \
    eamonn edmund edward elliot elliott emlyn emmanuel eoin eric ernest euan evan ewan fergus finlay francis frank fraser \
    frederick gareth garry gary gavin geoff geoffrey george gerald gerard gerry gilbert glyn gordon graeme graham \
    greg gregor gregory gwyn hamish harold harry harvey hedley henry howard hugh huw iain ian ifor ivan ivor jack jacob \
    jake james jamie jason jeff jeffrey jeremy jerome jim jimmy joe joel john johnny jon jonathan joseph josh joshua julian \
    justin karl keith kelvin ken kenneth kenny kevin kieran kieron kyle laurence lawrence lee len leo leon leonard lewis \
    liam lloyd luke malcolm marc marcus mario mark martin matt matthew maurice michael mick mike mohammed muhammad nathan \
    neil nevil neville nial niall nicholas nick nigel noel norman oliver oscar owen patrick paul peter phil philip phillip \
    ralph raymond rees reginald rhodri rhys richard rick ricky rob robbie robert robin rodney roger ronald ronan ronnie rory ruaridh ruairidh \
    ross roy russell ryan sam samuel scott sean seamus sebastian shane shaun simon stanley stephen steve steven stewart stuart \
    terence terry thomas tim timothy toby tom tommy tony trevor tristan vincent wayne wesley william wyn \
    abdul ahmed akhtar ali amir anil arif asif ashok ayesha bilal farah fatima hamid hassan imran irfan javed kamal khadija \
    mahmood mohammad mohamed nasreen naveed nazia omar parveen rajesh ravi rashid rizwan sajid salma samina shahid shazia \
    sunil tariq usman yusuf zahid zainab varsha bilkis \
    di jo pip pat sue val viv jan bev cath kath mags mo nic sam chrissie deb jess jen kim lou
    """
}
