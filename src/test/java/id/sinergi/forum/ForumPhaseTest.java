package id.sinergi.forum;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForumPhaseTest {

    @Test
    void phasesMoveForwardOneStepAtATime() {
        assertEquals(Optional.empty(), ForumPhase.DRAFT.refusalOfMoveTo(ForumPhase.OPEN, 1));
        assertEquals(Optional.empty(), ForumPhase.OPEN.refusalOfMoveTo(ForumPhase.VOTING, 1));
        assertEquals(Optional.empty(), ForumPhase.VOTING.refusalOfMoveTo(ForumPhase.PUBLISHED, 1));
        assertEquals(Optional.empty(), ForumPhase.PUBLISHED.refusalOfMoveTo(ForumPhase.FOLLOW_UP, 1));
        assertEquals(Optional.empty(), ForumPhase.FOLLOW_UP.refusalOfMoveTo(ForumPhase.CLOSED, 1));
    }

    @Test
    void skippingAPhaseIsRefused() {
        assertEquals(Optional.of("phase.oneStepAtATime"), ForumPhase.DRAFT.refusalOfMoveTo(ForumPhase.VOTING, 1));
        assertEquals(Optional.of("phase.oneStepAtATime"), ForumPhase.OPEN.refusalOfMoveTo(ForumPhase.CLOSED, 1));
    }

    @Test
    void goingBackIsRefused() {
        assertEquals(Optional.of("phase.noGoingBack"), ForumPhase.VOTING.refusalOfMoveTo(ForumPhase.OPEN, 1));
        assertEquals(Optional.of("phase.noGoingBack"), ForumPhase.FOLLOW_UP.refusalOfMoveTo(ForumPhase.DRAFT, 1));
    }

    @ParameterizedTest
    @EnumSource(ForumPhase.class)
    void closedIsFinalAndStayingPutIsNoMove(ForumPhase target) {
        assertEquals(Optional.of("phase.closedIsFinal"), ForumPhase.CLOSED.refusalOfMoveTo(target, 1));
        if (target != ForumPhase.CLOSED) {
            assertEquals(Optional.of("phase.alreadyThere"), target.refusalOfMoveTo(target, 1));
        }
    }

    @Test
    void aForumOpensOnlyWithAtLeastOneTheme() {
        assertEquals(Optional.of("phase.needsTheme"), ForumPhase.DRAFT.refusalOfMoveTo(ForumPhase.OPEN, 0));
        assertEquals(Optional.of("phase.unknown"), ForumPhase.DRAFT.refusalOfMoveTo(null, 1));
    }

    @Test
    void onlyAnOpenForumTakesContributions() {
        for (ForumPhase phase : ForumPhase.values()) {
            assertEquals(phase == ForumPhase.OPEN, phase.acceptsContributions(), phase.name());
        }
        assertTrue(ForumPhase.CLOSED.next().isEmpty());
        assertEquals(ForumPhase.FOLLOW_UP, ForumPhase.PUBLISHED.next().orElseThrow());
    }
}
