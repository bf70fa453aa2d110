#include "relationship/feedback_trend.h"

#include <algorithm>
#include <numeric>

namespace rapport::relationship {

FeedbackTrend feedbackTrend(const std::vector<FeedbackRow> &newestFirst)
{
    FeedbackTrend trend;
    std::vector<int> scores; // newest first
    for (const auto &row : newestFirst)
        if (row.score >= 1 && row.score <= 5 && scores.size() < 6)
            scores.push_back(row.score);
    trend.scores.assign(scores.rbegin(), scores.rend());
    if (scores.empty())
        return trend;
    const auto mean = [](auto first, auto last) {
        return first == last
            ? 0.0
            : std::accumulate(first, last, 0.0) / static_cast<double>(last - first);
    };
    const auto split = scores.begin() + static_cast<long>(std::min<std::size_t>(3, scores.size()));
    trend.recent = mean(scores.begin(), split);
    trend.before = mean(split, scores.end());
    if (scores.size() < 2) {
        trend.direction = FeedbackTrend::Direction::NotEnough;
        return trend;
    }
    // With fewer than four scores, the newest is weighed against those before it.
    if (split == scores.end()) {
        trend.recent = scores.front();
        trend.before = mean(scores.begin() + 1, scores.end());
    }
    const double change = trend.recent - trend.before;
    trend.direction = change > 0.5 ? FeedbackTrend::Direction::Improving
        : change < -0.5            ? FeedbackTrend::Direction::Falling
                                   : FeedbackTrend::Direction::Steady;
    return trend;
}

} // namespace rapport::relationship
