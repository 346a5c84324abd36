"""`qualify demo`: a handful of realistic recorded interviews, built from the source articles' cases.

The calls are data (who, which frameworks, what was said and when); `load_demo` plays each one
through a `Recording` with a fake clock, so the event log looks like a real 15-30 minute call.
Dates in answers are relative to the call (`InDays`), so the verdicts do not age with the demo.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from itertools import cycle
from typing import Any

from interview.app_factory import AppContext
from interview.engine.answers import Money
from interview.engine.state import HandoffTarget, Verdict
from interview.recording import Recording, bank_hashes
from storage.repository import Store

# Seconds between two steps of a call when a step does not say: people think, talk, digress.
GAPS = (35, 55, 25, 70, 40, 90, 30, 60, 45, 20, 80, 50)
SMALL_TALK = 150  # hello, agenda, "can you hear me", before the first answer


@dataclass(frozen=True)
class InDays:
    """A date answer given as days after the call."""

    days: int


@dataclass(frozen=True)
class Ask:
    question: str
    value: Any
    wait: float | None = None


@dataclass(frozen=True)
class Clear:
    question: str
    wait: float | None = None


@dataclass(frozen=True)
class Note:
    text: str
    wait: float | None = None


@dataclass(frozen=True)
class HandOff:
    to: HandoffTarget
    note: str = ""
    wait: float | None = None


@dataclass(frozen=True)
class Override:
    bank: str
    verdict: Verdict
    reason: str
    wait: float | None = None


@dataclass(frozen=True)
class Deal:
    amount: int
    currency: str = "EUR"
    wait: float | None = None


Step = Ask | Clear | Note | HandOff | Override | Deal


@dataclass(frozen=True)
class Call:
    key: str
    lead: str
    company: str
    role: str
    firmographics: dict[str, Any]
    rep: str
    lang: str
    frameworks: tuple[str, ...]
    day: int  # days after the Monday of last week
    time: str  # UTC, "HH:MM"
    steps: tuple[Step, ...]
    ended: bool = True
    wrap_up: float = 120  # goodbyes and last notes after the last step
    follows: str | None = None  # key of an earlier call with the same lead: the lead is not created again


CALLS: tuple[Call, ...] = (
    Call(
        key="fortune_1000_ceo",
        lead="Margaret Hale",
        company="Halebridge Logistics",
        role="Chief Executive Officer",
        firmographics={
            "size": "5000_plus",
            "industry": "industry",
            "region": "north_america",
            "list": "Fortune 1000",
            "source": "inbound call (referral from a customer)",
        },
        rep="Jordan Reyes",
        lang="en",
        frameworks=("bant", "meddic"),
        day=3,
        time="16:10",
        steps=(
            Note("Inbound call on the last week of the quarter. CEO heard of us from a friend who uses us."),
            Ask(
                "bant.need.pain",
                "Nicer e-mail templates for the sales team, as soon as possible",
            ),
            Ask("bant.need.severity", "must_have"),
            Ask("bant.authority.role", "final_decider"),
            Ask("bant.authority.decision_makers", 1),
            Note("'I don't need anyone's permission for this.' Nobody else from Halebridge on the call."),
            Ask("bant.timeline.decision_date", InDays(8)),
            Ask("bant.timeline.compelling_event", True),
            Note("Compelling event = sales kick-off on the 1st; wants the templates live for it."),
            Ask("bant.budget.allocated", "allocated"),
            Ask("bant.budget.cycle", "available_now"),
            Ask("bant.budget.amount", {"amount": 25000, "currency": "USD"}),
            Note("BANT looks perfect. Switching to MEDDIC before I get excited.", wait=30),
            Ask("meddic.metrics.target", "No figure: 'our e-mails should look as good as my friend's'"),
            Ask("meddic.identify_pain.impact_quantified", False),
            Ask("meddic.identify_pain.root_cause", "unclear", wait=95),
            Note("Suspect the real issue is segmentation (marketing) or contextual campaigns (sales)."),
            Ask("meddic.economic_buyer.identified", True),
            Ask("meddic.economic_buyer.met", True),
            Ask("meddic.decision_process.known", False),
            Ask("meddic.champion.named", False),
            Ask("meddic.champion.candidate", "Head of marketing, not reached yet"),
            Deal(25000, "USD"),
            HandOff(
                "marketing",
                "MEDDIC fails the first gate: no measurable pain, no champion. Nurture; talk to the "
                "head of marketing about segmentation before any proposal.",
            ),
        ),
    ),
    Call(
        key="friday_monday_saas",
        lead="Tom Becker",
        company="Brightloop",
        role="Head of Product Operations",
        firmographics={"size": "51_200", "industry": "software", "region": "europe", "plan": "free trial"},
        rep="Jordan Reyes",
        lang="en",
        frameworks=("bant", "faint"),
        day=0,
        time="09:05",
        steps=(
            Note("Follow-up call. Friday evening Tom was all in: 'we needed this yesterday'."),
            Ask("bant.need.pain", "Release notes and roadmap updates are copied by hand into five tools"),
            Ask("bant.need.severity", "must_have"),
            Ask("bant.authority.role", "final_decider"),
            Note("'I pick the software my team uses; IT doesn't get involved in something this small.'"),
            Ask("bant.timeline.decision_date", InDays(2)),
            Ask("bant.budget.allocated", "allocated"),
            Ask("bant.budget.cycle", "available_now"),
            Ask("bant.budget.amount", {"amount": 3600, "currency": "EUR"}),
            Note("Budget = his company card. SaaS is opex for them, no purchase order."),
            Ask("faint.interest.trigger", "Saw a competitor's public changelog built with us", wait=40),
            Ask("faint.interest.level", 5),
            Ask("faint.interest.intent", "actively_looking"),
            Note("Mentions a sprint planning this morning... the tone changes.", wait=150),
            Ask("bant.need.severity", "nice_to_have"),
            Ask("faint.timing.priority", "low"),
            Clear("bant.timeline.decision_date"),
            Note("New sprint: the team now works on the billing migration. Our tool is 'for later'."),
            Ask("faint.interest.intent", "watching"),
            Ask("faint.interest.level", 3),
            Ask("faint.interest.next_step", "content_only"),
            Ask("faint.timing.follow_up", "later"),
            Ask("faint.need.fit", "covered"),
            Override(
                "bant",
                "nurture",
                "Priorities flipped at Monday's sprint planning: a budget on a card does not make a "
                "priority. Re-check after their next sprint review.",
            ),
            HandOff("marketing", "Send the changelog case study; call back after the billing migration."),
        ),
    ),
    Call(
        key="seo_minimum_budget",
        lead="Sophie Lambert",
        company="Maison Verdier",
        role="Directrice marketing et e-commerce",
        firmographics={"size": "51_200", "industry": "retail", "region": "france", "site": "e-commerce"},
        rep="Camille Martin",
        lang="fr",
        frameworks=("champ",),
        day=1,
        time="10:00",
        steps=(
            Ask("champ.challenges.pain", "Le trafic organique a baissé de 30 % depuis la refonte du site"),
            Ask("champ.challenges.change", "Retrouver les positions perdues sur les pages catégories"),
            Ask("champ.challenges.severity", "important"),
            Ask("champ.challenges.current_solution", "Un freelance quelques jours par mois, sans suivi"),
            Ask("champ.challenges.fit", "nearly_nothing"),
            Ask("champ.money.allocated", "not_allocated", wait=45),
            Ask("champ.money.amount", 1500),
            Note("Budget annoncé = le strict minimum, comme d'habitude. Ne pas s'y fier : parler priorité."),
            Ask("champ.prioritization.level", "top", wait=85),
            Ask("champ.prioritization.compelling_event", True),
            Note("Les soldes d'hiver et la collection de printemps dépendent du trafic organique."),
            Ask("champ.prioritization.staying_power", "keeps_place"),
            Ask("champ.prioritization.decision_date", InDays(21)),
            Ask("champ.challenges.severity", "must_have"),
            Ask("champ.challenges.impact_quantified", True),
            Note("Chiffré par Sophie : environ 40 000 € de chiffre d'affaires perdu par mois."),
            Ask("champ.authority.role", "co_decider"),
            Ask("champ.authority.decision_makers", 2),
            Ask("champ.authority.org_map", "Sophie et le directeur général ; la DAF valide au-delà de 10 k€"),
            Ask("champ.authority.introduction", True),
            Ask("champ.money.roi", "Récupérer la moitié du trafic perdu paie l'accompagnement en deux mois"),
            Ask("champ.money.funding", "reallocate"),
            Ask("champ.money.amount", 6000, wait=60),
            Note("Montant revu : 6 000 €/mois en reprenant le budget Google Ads de l'hiver."),
            Deal(72000),
            HandOff("opportunity", "Proposition d'accompagnement SEO sur 12 mois, rendez-vous avec le DG."),
        ),
    ),
    Call(
        key="crm_mobile_app",
        lead="Priya Nair",
        company="Northfield Medical Supplies",
        role="Sales Operations Manager",
        firmographics={"size": "201_1000", "industry": "health", "region": "europe", "field_reps": 60},
        rep="Léa Dubois",
        lang="en",
        frameworks=("meddic",),
        day=4,
        time="14:30",
        ended=False,
        steps=(
            Ask("meddic.decision_criteria.criteria", "A fully working mobile app for the CRM"),
            Ask("meddic.decision_criteria.tied_to_impact", "feature_list"),
            Note("Stated need = mobile app. Peel the layer: what must change for the sales team?"),
            Ask(
                "meddic.decision_criteria.real_impact",
                "Field reps log their visits on site, the same day",
            ),
            Ask(
                "meddic.identify_pain.pain",
                "Visits typed in on Friday from memory; half never logged",
            ),
            Ask("meddic.identify_pain.root_cause", "symptom"),
            Ask("meddic.identify_pain.root_cause", "root_cause", wait=75),
            Ask("meddic.decision_criteria.tied_to_impact", "partly"),
            Ask("meddic.metrics.target", "Visits logged the same day: from about 40 % to 90 %"),
            Ask("meddic.metrics.baseline", True),
            Ask("meddic.metrics.levers", ["time", "people"]),
            Ask("meddic.identify_pain.severity", "important"),
            Ask("meddic.identify_pain.impact_quantified", False),
            Note("No cost on the missing visits yet; Priya will ask the regional managers."),
            Ask("meddic.champion.named", True),
            Ask("meddic.champion.gain", "direct"),
            Ask("meddic.champion.access", False),
            Note("Champion = Priya herself; the budget sits with the CIO, whom she rarely sees."),
            Ask("meddic.economic_buyer.identified", True),
            Note(
                "Priya called into an incident meeting - stop here, resume Thursday with the "
                "decision process and the CIO.",
                wait=40,
            ),
        ),
    ),
    Call(
        key="meddic_sound_deal",
        lead="Julien Moreau",
        company="Transports Berthier",
        role="Directeur commercial",
        firmographics={"size": "201_1000", "industry": "industry", "region": "france", "sites": 7},
        rep="Camille Martin",
        lang="fr",
        frameworks=("meddic",),
        day=2,
        time="13:45",
        steps=(
            Ask("meddic.metrics.target", "Devis envoyés en 4 heures au lieu de 3 jours, d'ici fin juin"),
            Ask("meddic.metrics.baseline", True),
            Ask("meddic.metrics.levers", ["time", "money"]),
            Ask("meddic.metrics.owned", True, wait=20),
            Ask("meddic.identify_pain.pain", "Les devis passent par trois services et des tableurs"),
            Ask("meddic.identify_pain.root_cause", "root_cause"),
            Ask("meddic.identify_pain.severity", "must_have"),
            Ask("meddic.identify_pain.impact_quantified", True),
            Note("Ils perdent environ 1 appel d'offres sur 5 faute de réponse à temps (≈ 600 k€/an)."),
            Ask("meddic.identify_pain.kind", ["productivity", "financial"]),
            Ask("meddic.champion.named", True),
            Ask("meddic.champion.gain", "direct"),
            Ask("meddic.champion.access", True, wait=15),
            Ask("meddic.champion.acted", "acted"),
            Note("Julien a déjà organisé une démo interne avec ses chefs d'agence la semaine dernière."),
            Ask("meddic.economic_buyer.role", "influencer"),
            Ask("meddic.economic_buyer.identified", True),
            Ask("meddic.economic_buyer.met", False),
            Ask("meddic.economic_buyer.expectations", "Retour sur investissement en moins d'un an"),
            Ask("meddic.economic_buyer.met", True, wait=85),
            Note("Claire Fontaine (DAF) a rejoint l'appel 10 minutes : elle valide l'objectif chiffré."),
            Ask("meddic.economic_buyer.investment", 48000),
            Ask("meddic.decision_criteria.criteria", "Délai de devis, intégration à l'ERP, prise en main"),
            Ask("meddic.decision_criteria.tied_to_impact", "tied_to_impact"),
            Ask("meddic.decision_criteria.buyer_shares", "shared", wait=25),
            Ask("meddic.decision_process.known", True),
            Ask("meddic.decision_process.decision_makers", 3, wait=20),
            Ask("meddic.decision_process.decision_date", InDays(45)),
            Ask("meddic.decision_process.formal_steps", ["pilot", "purchasing", "legal"]),
            Ask("meddic.decision_process.precedent", "recent_smooth"),
            Deal(48000),
            HandOff("opportunity", "Pilote de 4 semaines sur l'agence de Lyon, puis comité avec la DAF."),
        ),
    ),
    Call(
        key="soncase_security",
        lead="Nathalie Girard",
        company="Mutuelle Atlantique Prévoyance",
        role="Responsable des achats informatiques",
        firmographics={"size": "1001_5000", "industry": "finance", "region": "france", "sector": "assurance"},
        rep="Léa Dubois",
        lang="fr",
        frameworks=("soncase", "icp"),
        day=1,
        time="15:20",
        steps=(
            Ask("icp.organisation.size", "1001_5000"),
            Ask("icp.organisation.industry", "finance"),
            Ask("icp.organisation.region", "france"),
            Ask("icp.organisation.current_tools", ["legacy_crm", "spreadsheet"]),
            Ask("soncase.security.risk_weight", 5, wait=60),
            Ask("soncase.security.past_incident", "recent"),
            Ask(
                "soncase.security.what_went_wrong",
                "Fuite de données chez l'ancien prestataire",
            ),
            Note("Tout tourne autour de la peur d'un nouvel incident (hébergement, réversibilité)."),
            Ask("soncase.security.proof_needed", 5),
            Ask("soncase.money.roi_weight", 3),
            Ask("soncase.money.business_case", "rough_estimate"),
            Ask("soncase.comfort.ease", 3),
            Ask("soncase.comfort.rollout", "guided"),
            Ask("soncase.novelty.adoption", "once_standard"),
            Ask("soncase.novelty.innovation_weight", 2),
            Ask("soncase.environment.policy", "stated_only"),
            Ask("soncase.environment.weight", 2, wait=20),
            Ask("soncase.sympathy.relationship", 3),
            Ask("soncase.sympathy.working_style", "partner"),
            Ask("soncase.pride.visibility", 2),
            Ask("soncase.security.observed", 5, wait=45),
            Ask("soncase.pride.observed", 2, wait=10),
            Ask("icp.need.pain", "Remplacer un CRM vieillissant sans reprendre de risque"),
            Ask("icp.need.severity", "important"),
            Ask("icp.need.horizon", "within_year"),
            Ask("icp.need.selection", "formal_tender"),
            Ask("icp.need.tender_access", "open"),
            Ask("icp.individual.role", "co_decider"),
            Note("Argumentaire : certifications, hébergement en France, plan de réversibilité, références."),
            Deal(90000),
            HandOff("sales", "Envoyer le dossier sécurité avant l'appel d'offres ; RSSI à associer."),
        ),
    ),
    Call(
        key="icp_outside_targets",
        lead="Marc Petit",
        company="Studio Kairn",
        role="Gérant",
        firmographics={"size": "1_10", "industry": "services", "region": "france", "employees": 6},
        rep="Camille Martin",
        lang="fr",
        frameworks=("icp",),
        day=3,
        time="11:15",
        wrap_up=90,
        steps=(
            Note("Inscrit via le webinaire ; a téléchargé le livre blanc deux fois."),
            Ask("icp.organisation.size", "11_50"),
            Ask("icp.organisation.industry", "services"),
            Ask("icp.organisation.region", "france"),
            Ask("icp.organisation.size", "1_10", wait=70),
            Note("Corrigé : 6 personnes, pas 15 (il comptait les freelances)."),
            Ask("icp.organisation.current_tools", ["spreadsheet"]),
            Ask("icp.organisation.hiring", False),
            Ask("icp.need.pain", "Suivre les relances clients, aujourd'hui dans un tableur"),
            Ask("icp.need.severity", "nice_to_have"),
            Ask("icp.need.horizon", "later"),
            Ask("icp.individual.role", "final_decider"),
            Ask("icp.individual.decision_makers", 1),
            Ask("icp.individual.daily_user", True),
            HandOff("marketing", "Hors cible (moins de 10 salariés) : offre libre-service et newsletter."),
        ),
    ),
    Call(
        key="gpctba_inbound",
        lead="Daniel Kim",
        company="Ardent Cloud",
        role="VP Customer Success",
        firmographics={"size": "201_1000", "industry": "software", "region": "europe", "source": "webinar"},
        rep="Léa Dubois",
        lang="en",
        frameworks=("gpctba_ci",),
        day=2,
        time="08:30",
        steps=(
            Note("Inbound MQL: attended the churn webinar, asked for a call."),
            Ask("gpctba_ci.goals.target", "Bring churn down from 9 % to 6 % by the end of Q2"),
            Ask("gpctba_ci.goals.precision", "figure_and_date"),
            Ask("gpctba_ci.goals.owner", "Daniel, in front of the board"),
            Ask("gpctba_ci.goals.priority", "high"),
            Ask("gpctba_ci.plans.current", "Quarterly health reviews in spreadsheets"),
            Ask("gpctba_ci.plans.progress", "far_behind"),
            Ask("gpctba_ci.plans.resources", "part_time"),
            Ask("gpctba_ci.challenges.pain", "At-risk accounts are spotted after they have given notice"),
            Ask("gpctba_ci.challenges.severity", "must_have"),
            Ask("gpctba_ci.challenges.awareness", "shared"),
            Ask("gpctba_ci.challenges.open_to_help", "open"),
            Ask("gpctba_ci.negative_consequences.if_missed", "Renewal targets missed; hiring freeze in CS"),
            Ask("gpctba_ci.negative_consequences.cost_quantified", True),
            Ask("gpctba_ci.negative_consequences.status_quo", "unacceptable"),
            Ask("gpctba_ci.negative_consequences.personal_stakes", 4),
            Ask("gpctba_ci.positive_implications.company_gains", "About 1.2 M$ of revenue kept per year"),
            Ask("gpctba_ci.positive_implications.visibility", "leadership"),
            Ask("gpctba_ci.timeline.decision_date", InDays(30)),
            Ask("gpctba_ci.timeline.compelling_event", True),
            Ask("gpctba_ci.timeline.holds_slot", "protected"),
            Ask("gpctba_ci.authority.role", "co_decider"),
            Ask("gpctba_ci.authority.decision_makers", 3),
            Ask("gpctba_ci.authority.champion", True),
            Ask("gpctba_ci.budget.roi_agreement", "to_validate"),
            Ask("gpctba_ci.budget.return_gap", "customer_proof"),
            Ask("gpctba_ci.budget.allocated", "being_defined"),
            Note("Wants a reference customer of the same size before the CFO meeting."),
            Deal(60000, "USD"),
            HandOff("sales", "Account executive to run the CFO meeting with a reference call."),
        ),
    ),
    # The day after the CEO's call, with her head of marketing: budget and timing are clearer, the
    # pain is measured, a champion appears (`qualify compare` shows what moved).
    Call(
        key="fortune_1000_ceo_follow_up",
        follows="fortune_1000_ceo",
        lead="Margaret Hale",
        company="Halebridge Logistics",
        role="Chief Executive Officer",
        firmographics={
            "size": "5000_plus",
            "industry": "industry",
            "region": "north_america",
            "list": "Fortune 1000",
            "source": "inbound call (referral from a customer)",
        },
        rep="Jordan Reyes",
        lang="en",
        frameworks=("bant", "meddic"),
        day=4,
        time="15:30",
        steps=(
            Note("Follow-up: Margaret brought Dana Okafor, head of marketing, as suggested yesterday."),
            Ask(
                "bant.need.pain",
                "Campaigns go out unsegmented to 40,000 contacts: reply rates fell from 4 % to 1.5 %",
            ),
            Ask("bant.need.severity", "must_have"),
            Ask("bant.need.impact_quantified", True),
            Note("Dana's figure: about 300 k$ of pipeline lost per quarter since the reply rates fell."),
            Ask("bant.authority.role", "final_decider"),
            Ask("bant.authority.decision_makers", 2),
            Note("Margaret signs; Dana owns the budget line and the rollout."),
            Ask("bant.timeline.compelling_event", False),
            Ask("bant.timeline.decision_date", InDays(30)),
            Note("No rush for the kick-off after all: they decide at the end of next month."),
            Ask("bant.budget.allocated", "allocated"),
            Ask("bant.budget.cycle", "available_now"),
            Ask("bant.budget.amount", {"amount": 60000, "currency": "USD"}),
            Note("CFO confirmed 60 k$ on marketing's line this fiscal year, not a guess on a card."),
            Ask("meddic.metrics.target", "Reply rate back to 4 % within two quarters", wait=40),
            Ask("meddic.metrics.baseline", True),
            Ask("meddic.metrics.owned", True),
            Ask("meddic.identify_pain.root_cause", "root_cause"),
            Ask("meddic.economic_buyer.identified", True),
            Ask("meddic.economic_buyer.met", True),
            Ask("meddic.decision_process.known", True, wait=80),
            Ask("meddic.decision_process.formal_steps", ["purchasing", "security"]),
            Ask("meddic.champion.named", True),
            Ask("meddic.champion.gain", "direct"),
            Ask("meddic.champion.access", True),
            Ask("meddic.champion.acted", "willing"),
            Deal(60000, "USD"),
            HandOff(
                "sales", "Measured pain and a champion now: segmentation proposal, then the security review."
            ),
        ),
    ),
)


@dataclass
class FakeClock:
    """The clock of a replayed call: time moves only when the demo says so."""

    now: float = 0.0

    def __call__(self) -> float:
        return self.now


def _call_start(call: Call, today: dt.date) -> dt.datetime:
    last_monday = today - dt.timedelta(days=today.weekday() + 7)
    hour, minute = map(int, call.time.split(":"))
    return dt.datetime.combine(last_monday + dt.timedelta(days=call.day), dt.time(hour, minute), dt.UTC)


def _play(rec: Recording, step: Step, day: dt.date) -> None:
    match step:
        case Ask(question, InDays(days)):
            rec.answer(question, day + dt.timedelta(days=days))
        case Ask(question, value):
            rec.answer(question, value)
        case Clear(question):
            rec.clear(question)
        case Note(text):
            rec.note(text)
        case HandOff(to, note):
            rec.hand_off(to, note)
        case Override(bank, verdict, reason):
            rec.override(bank, verdict, reason)
        case Deal(amount, currency):
            rec.set_deal_potential(Money(Decimal(amount), currency))


DEMO_NAMESPACE = uuid.UUID("5b0e7f0c-3a52-4b7e-9a43-6f1d8d2b9c10")


def load_demo(store: Store, context: AppContext, today: dt.date | None = None) -> list[int]:
    """Record the demo calls into `store`; returns their interview ids, in `CALLS` order.

    Idempotent: each call has a fixed uid, and a call already in the store is not recorded again.
    """
    engine = context.engine()
    today = today or dt.datetime.now(dt.UTC).date()
    ids = []
    by_key: dict[str, int] = {}
    for call in CALLS:
        uid = str(uuid.uuid5(DEMO_NAMESPACE, call.key))
        existing = store.interview_id_for_uid(uid)
        if existing is not None:
            ids.append(by_key.setdefault(call.key, existing))
            continue
        started = _call_start(call, today)
        if call.follows is not None:  # the same lead again: a follow-up call
            lead = store.interview(by_key[call.follows]).lead
        else:
            lead = store.create_lead(call.lead, call.company, call.role, call.firmographics)
        hashes = bank_hashes(context.catalog, call.frameworks)
        record = store.start_interview(
            lead.id, call.rep, call.frameworks, call.lang, hashes, started, uid=uid
        )
        clock = FakeClock()
        rec = Recording(store, engine, record, clock=clock)
        gaps = cycle(GAPS)
        clock.now = SMALL_TALK
        for i, step in enumerate(call.steps):
            gap = next(gaps)
            clock.now += step.wait if step.wait is not None else (gap if i else 0)
            _play(rec, step, started.date())
        if call.ended:
            clock.now += call.wrap_up
            rec.end()
        ids.append(by_key.setdefault(call.key, record.id))
    return ids
