"""RSS scores of stored surveys, from the scoring profile applied on this device.

The shipped profile (provisional, equal weights) is used until an M&E
officer applies another with ``passerelle scoring apply FILE``; applying one
recomputes every stored survey, and every stored score keeps the id of the
profile that computed it.
"""

from ..domain.audit import AuditAction
from ..domain.case import utc_now
from ..domain.records import StoredScores, Submission
from ..domain.scoring import ScoringProfile, score
from ..forms.scoring_file import default_profile_path, load_profile
from .session import Session


class ScoringService:
    def __init__(self, session: Session, scored_forms: set[str]):
        """``scored_forms``: the ids of the forms whose submissions are scored."""
        self.session = session
        self.scored_forms = scored_forms
        self._profile: ScoringProfile | None = None

    def profile(self) -> ScoringProfile:
        """The profile in use: the one applied on this device, else the shipped one."""
        if self._profile is None:
            self._profile = self.session.settings_repo.scoring_profile() or load_profile(default_profile_path())
        return self._profile

    def score(self, submission: Submission) -> StoredScores:
        """Compute and store the scores of one submission (inside the caller's transaction)."""
        result = score(self.profile(), submission.answers)
        stored = StoredScores(
            submission_id=submission.id, case_id=submission.case_id, profile_id=result.profile,
            economic=result.economic, social=result.social, psychosocial=result.psychosocial,
            composite=result.composite, computed_at=utc_now(),
        )
        self.session.scores.put(stored)
        return stored

    def apply(self, profile: ScoringProfile) -> int:
        """Use ``profile`` from now on and recompute every stored survey. Returns how many."""
        with self.session.db.atomic():
            self.session.settings_repo.save_scoring_profile(profile)
            self._profile = profile
            count = 0
            for form_id in sorted(self.scored_forms):
                for submission in self.session.submissions.all_of_form(form_id):
                    self.score(submission)
                    count += 1
            self.session.audit.record(AuditAction.SCORING, None, [], {"profile": profile.id, "surveys": count})
        return count

    def preview(self, answers: dict) -> dict[str, float | None]:
        """The scores the answers would get now (nothing stored)."""
        return score(self.profile(), answers).model_dump(exclude={"profile"})

    def for_case(self, case_id: str) -> list[StoredScores]:
        return self.session.scores.for_case(case_id)
