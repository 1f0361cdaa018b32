"""The SPY-Tune preference losses as pure functions on tensors.

All functions work on sequence log-probabilities (one value per batch element, summed over
the completion tokens) and return one loss per batch element; callers take the mean.

- :func:`log_ratio_rewards`: the implicit reward ``r = β · (log πθ(y|x) − log πref(y|x))``.
- :func:`nca_pair_losses`: NCA for one preference pair (SPY paper eq. 6, TRL's ``nca_pair``):
  ``−[log σ(r_w) + ½ log σ(−r_w) + ½ log σ(−r_l)]``.
- :func:`nca_p_losses`: NCA-P (SPY paper eq. 7). For the same image and question, the pair
  under the *private* instruction (``p``) and the pair under the *non-private* instruction
  (``n``) enter one loss:
  ``−[log σ(r_p,w) + log σ(r_n,w) + ½ log σ(−r_p,w) + ½ log σ(−r_p,l) + ½ log σ(−r_n,w)
  + ½ log σ(−r_n,l)]``, which is the sum of the two pairs' NCA losses computed on the same
  batch element (the authors' ``nca_priv`` loss).

torch is imported at module level: import this module only where torch is installed (the
``tune`` extra).
"""

from __future__ import annotations

import torch
import torch.nn.functional as F


def log_ratio_rewards(
    policy_logps: torch.Tensor, ref_logps: torch.Tensor, beta: float
) -> torch.Tensor:
    """Implicit rewards ``β · (log πθ − log πref)``, element-wise."""
    return beta * (policy_logps - ref_logps.to(policy_logps.device))


def nca_pair_losses(chosen_rewards: torch.Tensor, rejected_rewards: torch.Tensor) -> torch.Tensor:
    """NCA loss per pair: ``−[log σ(r_w) + ½ log σ(−r_w) + ½ log σ(−r_l)]`` (SPY eq. 6).

    Args:
        chosen_rewards: Rewards of the preferred answers, shape ``(batch,)``.
        rejected_rewards: Rewards of the dispreferred answers, shape ``(batch,)``.
    """
    return (
        -F.logsigmoid(chosen_rewards)
        - 0.5 * F.logsigmoid(-chosen_rewards)
        - 0.5 * F.logsigmoid(-rejected_rewards)
    )


def nca_p_losses(
    chosen_p_rewards: torch.Tensor,
    rejected_p_rewards: torch.Tensor,
    chosen_n_rewards: torch.Tensor,
    rejected_n_rewards: torch.Tensor,
) -> torch.Tensor:
    """NCA-P loss per batch element (SPY eq. 7).

    Element ``i`` of every argument belongs to the same image and question: ``*_p_*`` under the
    instruction marking the category private, ``*_n_*`` under the one marking it non-private.

    Returns:
        ``−[log σ(r_p,w) + log σ(r_n,w) + ½ log σ(−r_p,w) + ½ log σ(−r_p,l)
        + ½ log σ(−r_n,w) + ½ log σ(−r_n,l)]``, shape ``(batch,)``.
    """
    return nca_pair_losses(chosen_p_rewards, rejected_p_rewards) + nca_pair_losses(
        chosen_n_rewards, rejected_n_rewards
    )
