"""The NCA and NCA-P losses against hand computations on fixed log-probabilities."""

from __future__ import annotations

import math

import pytest
import torch

from spy_bench.tune.losses import log_ratio_rewards, nca_p_losses, nca_pair_losses

BETA = 0.5
# Sequence log-probabilities of two batch elements: (policy, reference) for each of the
# chosen/rejected answers under the private (p) and non-private (n) instruction.
POLICY = {"cp": [-10.0, -4.0], "rp": [-12.0, -3.0], "cn": [-7.0, -9.0], "rn": [-8.0, -6.5]}
REF = {"cp": [-11.0, -5.0], "rp": [-10.0, -3.5], "cn": [-7.5, -8.0], "rn": [-8.0, -4.5]}


def log_sigmoid(x: float) -> float:
    return -math.log1p(math.exp(-x))


def reward(key: str, i: int) -> float:
    return BETA * (POLICY[key][i] - REF[key][i])


def rewards(key: str) -> torch.Tensor:
    return log_ratio_rewards(torch.tensor(POLICY[key]), torch.tensor(REF[key]), BETA)


def test_rewards_are_beta_times_log_ratio() -> None:
    assert rewards("cp").tolist() == pytest.approx([0.5, 0.5])
    assert rewards("rn").tolist() == pytest.approx([0.0, -1.0])


def test_nca_p_equals_hand_computation() -> None:
    got = nca_p_losses(rewards("cp"), rewards("rp"), rewards("cn"), rewards("rn"))
    expected = [
        -(
            log_sigmoid(reward("cp", i))
            + log_sigmoid(reward("cn", i))
            + 0.5 * log_sigmoid(-reward("cp", i))
            + 0.5 * log_sigmoid(-reward("rp", i))
            + 0.5 * log_sigmoid(-reward("cn", i))
            + 0.5 * log_sigmoid(-reward("rn", i))
        )
        for i in range(2)
    ]
    assert got.tolist() == pytest.approx(expected, rel=1e-6)
    # element 0 by hand: r = (0.5, -1.0, 0.25, 0.0)
    assert got[0].item() == pytest.approx(2.4532285, rel=1e-6)


def test_nca_p_reduces_to_nca_when_the_pairs_are_split() -> None:
    def nca(w: float, l: float) -> float:  # noqa: E741
        return -(log_sigmoid(w) + 0.5 * log_sigmoid(-w) + 0.5 * log_sigmoid(-l))

    split_p = nca_pair_losses(rewards("cp"), rewards("rp"))
    split_n = nca_pair_losses(rewards("cn"), rewards("rn"))
    for i in range(2):
        assert split_p[i].item() == pytest.approx(nca(reward("cp", i), reward("rp", i)), rel=1e-6)
        assert split_n[i].item() == pytest.approx(nca(reward("cn", i), reward("rn", i)), rel=1e-6)
    joint = nca_p_losses(rewards("cp"), rewards("rp"), rewards("cn"), rewards("rn"))
    assert torch.allclose(joint, split_p + split_n)


def test_nca_at_zero_reward_and_gradient_direction() -> None:
    zero = torch.zeros(3)
    assert nca_pair_losses(zero, zero).tolist() == pytest.approx([2 * math.log(2)] * 3)
    chosen = torch.zeros(1, requires_grad=True)
    rejected = torch.zeros(1, requires_grad=True)
    nca_pair_losses(chosen, rejected).sum().backward()
    # the loss falls as the chosen reward rises and as the rejected one falls
    assert chosen.grad.item() == pytest.approx(-0.25)
    assert rejected.grad.item() == pytest.approx(0.25)
