package id.sinergi.recommendation;

import id.sinergi.recommendation.voting.Breakdown;
import id.sinergi.recommendation.voting.Tally;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The arithmetic of adoption and of the breakdown that must not single anybody out. */
class TallyAndBreakdownTest {

    @Test
    void adoptedWhenQuorumIsReachedAndAgreeIsMoreThanTheThresholdOfTheDecidedVotes() {
        Tally tally = new Tally(6, 3, 1); // 10 voters, 6 of 9 decided agree = 66.7 %
        assertTrue(tally.adopted(20, 50, 50), "10 of 20 voted: quorum 50 % reached; 66.7 % > 50 %");
        assertFalse(tally.adopted(21, 50, 50), "10 of 21 voted: below a 50 % quorum");
        assertTrue(tally.adopted(20, 50, 66), "66.7 % is more than 66 %");
        assertFalse(tally.adopted(20, 50, 67), "66.7 % is not more than 67 %");
        assertEquals(50.0, tally.turnoutPercent(20));
        assertEquals(66.7, Math.round(tally.agreePercent() * 10) / 10.0);
    }

    @Test
    void abstentionsCountForTheQuorumButNotForTheShare() {
        Tally abstainers = new Tally(2, 1, 7);
        assertTrue(abstainers.quorumReached(10, 100), "everyone voted, most abstained");
        assertTrue(abstainers.adopted(10, 100, 50), "2 of 3 decided votes agree");
        assertFalse(new Tally(0, 0, 5).adopted(5, 0, 0), "nobody agreed: not adopted even with no threshold");
    }

    @Test
    void aTieIsNotAMajorityAndNobodyEligibleAdoptsNothing() {
        assertFalse(new Tally(5, 5, 0).adopted(10, 0, 50));
        assertFalse(new Tally(5, 0, 0).adopted(0, 0, 50));
        assertTrue(new Tally(6, 5, 0).adopted(11, 0, 50));
    }

    @Test
    void groupsUnderThreeVotersAreMergedIntoOther() {
        Map<String, Tally> byType = new LinkedHashMap<>();
        byType.put("IMMIGRATION", new Tally(3, 1, 0));
        byType.put("EDUCATION", new Tally(1, 0, 0));
        byType.put("NGO", new Tally(0, 1, 1));
        byType.put("GOVERNMENT", new Tally(2, 1, 0));
        List<Breakdown.Group> groups = Breakdown.of(byType, 3);
        assertEquals(List.of(
                new Breakdown.Group("IMMIGRATION", 3, 1, 0),
                new Breakdown.Group("GOVERNMENT", 2, 1, 0),
                new Breakdown.Group("OTHER", 1, 1, 1)), groups);
        assertEquals(new Tally(6, 3, 1), groups.stream().map(Breakdown.Group::tally).reduce(Tally.NONE, Tally::plus),
                "the groups still add up to the totals");
    }

    @Test
    void anOtherGroupOfOneOrTwoTakesInTheSmallestNamedGroup() {
        Map<String, Tally> byType = new LinkedHashMap<>();
        byType.put("IMMIGRATION", new Tally(5, 0, 0));
        byType.put("POLICE", new Tally(1, 2, 0));
        byType.put("NGO", new Tally(0, 1, 0)); // alone in "other": that one person would be exposed
        List<Breakdown.Group> groups = Breakdown.of(byType, 3);
        assertEquals(List.of(new Breakdown.Group("IMMIGRATION", 5, 0, 0), new Breakdown.Group("OTHER", 1, 3, 0)), groups);
        assertTrue(groups.stream().allMatch(g -> g.tally().voters() >= 3));
    }

    @Test
    void fewerThanThreeVotersInAllShowOnlyOther() {
        List<Breakdown.Group> groups = Breakdown.of(Map.of("IMMIGRATION", new Tally(1, 0, 0), "NGO", new Tally(0, 1, 0)), 3);
        assertEquals(List.of(new Breakdown.Group("OTHER", 1, 1, 0)), groups);
        assertEquals(List.of(), Breakdown.of(Map.of(), 5));
    }

    @Test
    void aForumsMinimumOfFiveMergesGroupsOfFourAndNoForumGoesBelowThree() {
        Map<String, Tally> byType = new LinkedHashMap<>();
        byType.put("IMMIGRATION", new Tally(5, 1, 0));
        byType.put("GOVERNMENT", new Tally(3, 1, 0));
        byType.put("NGO", new Tally(1, 0, 0));
        assertEquals(List.of(new Breakdown.Group("IMMIGRATION", 5, 1, 0), new Breakdown.Group("OTHER", 4, 1, 0)),
                Breakdown.of(byType, 5), "four government voters are not shown apart with a minimum of five");
        Map<String, Tally> two = new LinkedHashMap<>();
        two.put("IMMIGRATION", new Tally(3, 0, 0));
        two.put("NGO", new Tally(2, 0, 0));
        assertEquals(Breakdown.of(two, 3), Breakdown.of(two, 1), "a minimum below three counts as three");
        assertEquals(List.of(new Breakdown.Group("OTHER", 5, 0, 0)), Breakdown.of(two, 2),
                "two NGO voters cannot stand beside three named ones: all merge");
    }

    @Test
    void claimedAffiliationsAreOneGroupThatALoneRealVoterCannotBeSeenBeside() {
        // the published attack: one real travel-agency voter, two accounts that claim her agency
        Map<String, Tally> byType = new LinkedHashMap<>();
        byType.put("GOVERNMENT", new Tally(6, 0, 0));
        byType.put("TRAVEL_AGENCY", new Tally(0, 1, 0));
        byType.put(Breakdown.UNCONFIRMED, new Tally(2, 0, 0));
        List<Breakdown.Group> groups = Breakdown.of(byType, 5);
        assertFalse(groups.stream().anyMatch(g -> g.key().equals("TRAVEL_AGENCY")), groups.toString());
        assertTrue(groups.stream().allMatch(g -> g.tally().voters() >= 5), groups.toString());
        assertEquals(new Tally(8, 1, 0), groups.stream().map(Breakdown.Group::tally).reduce(Tally.NONE, Tally::plus));
    }
}
