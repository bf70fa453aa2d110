#pragma once

#include "notebook/notebook_queries.h"

#include <string>
#include <vector>

namespace rapport::relationship {

// Where a customer's satisfaction is heading, from the scores they gave (1 to 5).
struct FeedbackTrend
{
    enum class Direction { NotEnough, Improving, Steady, Falling };
    Direction direction = Direction::NotEnough;
    std::vector<int> scores; // oldest first, the last six scored
    double recent = 0; // the mean of the last three scores (fewer when there are fewer)
    double before = 0; // the mean of the three before them; 0 when there were none
};

// Compares the last three scores with the three before them (with fewer than four, the newest
// with those before it): more than half a point either way is a change. Feedback without a
// score does not count. `newestFirst` as the account's feedback query returns it.
FeedbackTrend feedbackTrend(const std::vector<FeedbackRow> &newestFirst);

} // namespace rapport::relationship
